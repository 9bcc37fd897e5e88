import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { ServiceEntity } from './service.entity';

/**
 * One version of an internal service's approval policy. Versions are only added, never changed:
 * a gate keeps the version it was submitted under, and the audit trail names it.
 */
@Entity({ name: 'approval_policies' })
@Check('ck_approval_policies_quorum', `"quorum" >= 1`)
export class ApprovalPolicyEntity {
  @PrimaryColumn({
    name: 'service_id',
    type: 'uuid',
    primaryKeyConstraintName: 'pk_approval_policies',
  })
  serviceId!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_approval_policies' })
  version!: number;

  @ManyToOne(() => ServiceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'service_id', foreignKeyConstraintName: 'fk_approval_policies_service' })
  service?: ServiceEntity;

  /** Person ids. */
  @Column({ type: 'jsonb' })
  approvers!: string[];

  @Column({ type: 'integer' })
  quorum!: number;

  /** Person ids an overdue wait escalates to. */
  @Column({ name: 'escalate_to', type: 'jsonb' })
  escalateTo!: string[];

  @Column({ name: 'set_by', type: 'varchar', length: 200 })
  setBy!: string;

  @CreateDateColumn({ name: 'set_at', type: 'timestamptz', precision: 3 })
  setAt!: Date;
}
