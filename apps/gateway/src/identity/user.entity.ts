import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Role } from '@app/contracts';

@Entity('users')
export class User {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash: string;
  @Column({ type: 'text' }) role: Role;
  @Column({ name: 'lao_code', type: 'text', nullable: true }) laoCode: string | null;
  @Column({ name: 'province_code', type: 'text', nullable: true }) provinceCode: string | null;
  @Column({ name: 'producer_id', type: 'uuid', nullable: true }) producerId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** in every access token; raised to sign the user out everywhere */
  @Column({ name: 'token_version', type: 'integer', default: 0 }) tokenVersion: number;
  /** null until the phone is verified with a one-time code (logins made by staff are vouched for) */
  @Column({ name: 'phone_verified_at', type: 'timestamptz', nullable: true }) phoneVerifiedAt: Date | null;
}
