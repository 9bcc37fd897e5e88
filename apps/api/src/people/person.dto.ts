import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, MaxLength, ValidateIf } from 'class-validator';
import { Role } from '@app/domain';
import type { PersonEntity } from '@app/persistence';
import { EMAIL_MAX_LENGTH, TOKEN_NAME_MAX_LENGTH } from '../auth/token-claims';
import { BoundedText, PersonIdField } from '../validation/field-rules';

export class PersonIdParam {
  @PersonIdField('The person’s id: the `sub` of their tokens.')
  id!: string;
}

export class UpdatePersonDto {
  @BoundedText(TOKEN_NAME_MAX_LENGTH)
  name!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    required: false,
    format: 'email',
    maxLength: EMAIL_MAX_LENGTH,
  })
  @IsOptional()
  @ValidateIf((_dto, value) => value !== null)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string | null;
}

export class PersonView {
  @ApiProperty({ description: 'The `sub` of their tokens.' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'email' }) email!: string | null;
  @ApiProperty({
    enum: Role,
    isArray: true,
    description: 'For the caller: the roles of this token. Otherwise: those of their latest one.',
  })
  roles!: Role[];

  static of(person: Pick<PersonEntity, 'id' | 'name' | 'email' | 'roles'>): PersonView {
    return {
      id: person.id,
      name: person.name,
      email: person.email,
      roles: person.roles as Role[],
    };
  }
}

export class OwnedInitiativesQuery {
  @ApiProperty({
    enum: ['open', 'all'],
    required: false,
    default: 'open',
    description: '`open`: not done, in a cycle still under way.',
  })
  @IsOptional()
  @IsIn(['open', 'all'])
  status?: 'open' | 'all';
}
