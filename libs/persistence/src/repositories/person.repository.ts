import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ChangeContext } from '../audit/audit-trail';
import { CatalogChangeRecorder } from '../audit/catalog-change-recorder';
import { PersonEntity } from '../entities/person.entity';

/** Who a token says its holder is; name and email only when the token carries them. */
export interface SignedInPerson {
  id: string;
  name?: string;
  email?: string;
  roles: string[];
}

/** What an admin says of a person. */
export interface PersonDetails {
  name: string;
  email: string | null;
}

/** A search of the people the product knows. */
export interface PeopleSearch {
  /** Only people whose latest token carried this product role. */
  role?: string;
  /** A case-insensitive part of the id, name or email. */
  text?: string;
  limit: number;
  /** The last id of the previous page. */
  after?: string;
}

/** A person as the directory lists them. */
export interface KnownPerson {
  id: string;
  name: string | null;
  email: string | null;
  roles: string[];
  lastSeenAt: Date | null;
}

const SEARCH = `
  SELECT id, name, email, roles, last_seen_at AS "lastSeenAt" FROM people
  WHERE ($1::text IS NULL OR roles ? $1)
    AND ($2::text IS NULL OR id ILIKE $2 OR name ILIKE $2 OR email ILIKE $2)
    AND ($3::text IS NULL OR id > $3)
  ORDER BY id LIMIT $4`;

/** `%`, `_` and `\` in what a person typed mean themselves, not LIKE's wildcards. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

@Injectable()
export class PersonRepository {
  private readonly catalog: CatalogChangeRecorder;

  constructor(private readonly dataSource: DataSource) {
    this.catalog = new CatalogChangeRecorder(dataSource);
  }

  /**
   * Records that `person` signed in: a new person is added, a known one gets the token's roles and,
   * when the token carries them, its name and email (the identity provider is their source).
   */
  async noteSignIn(person: SignedInPerson): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO people (id, name, email, roles, last_seen_at) VALUES ($1, $2, $3, $4, now())
       ON CONFLICT (id) DO UPDATE SET
         name = COALESCE(EXCLUDED.name, people.name),
         email = COALESCE(EXCLUDED.email, people.email),
         roles = EXCLUDED.roles, last_seen_at = now(), updated_at = now()`,
      [person.id, person.name ?? null, person.email ?? null, JSON.stringify(person.roles)],
    );
  }

  /** People by id, a page at a time (one more row than asked tells whether more follow). */
  async search(search: PeopleSearch): Promise<{ items: KnownPerson[]; more: boolean }> {
    const rows = await this.dataSource.query<KnownPerson[]>(SEARCH, [
      search.role ?? null,
      search.text === undefined ? null : containing(search.text),
      search.after ?? null,
      search.limit + 1,
    ]);
    return { items: rows.slice(0, search.limit), more: rows.length > search.limit };
  }

  findById(id: string): Promise<PersonEntity | null> {
    return this.dataSource.getRepository(PersonEntity).findOneBy({ id });
  }

  /**
   * An admin's entry: creates the person (one who has not signed in yet) or changes their name and
   * email, recorded on the catalog chain with what it was before.
   */
  put(id: string, details: PersonDetails, context: ChangeContext): Promise<PersonEntity> {
    return this.catalog.record(context, 'person_updated', async (manager) => {
      const people = manager.getRepository(PersonEntity);
      const before = await people.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      const after = await people.save({
        ...(before ?? { id, roles: [], lastSeenAt: null }),
        ...details,
      });
      return {
        result: after,
        // Each entry is its own change, however quickly another follows.
        event: { key: randomUUID(), data: { before, after } },
      };
    });
  }
}
