import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { LaoType } from '@app/contracts';

@Entity('provinces')
export class Province {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ name: 'name_th', type: 'text' }) nameTh: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn: string;
}

@Entity('districts')
export class District {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ name: 'province_code', type: 'text' }) provinceCode: string;
  @Column({ name: 'name_th', type: 'text' }) nameTh: string;
  @Column({ name: 'name_en', type: 'text' }) nameEn: string;
  @Column({ name: 'postal_code', type: 'text', nullable: true }) postalCode: string | null;
}

@Entity('laos')
export class Lao {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) type: LaoType;
  @Column({ name: 'type_th', type: 'text' }) typeTh: string;
  @Column({ name: 'name_th', type: 'text' }) nameTh: string;
  @Column({ name: 'display_name_th', type: 'text' }) displayNameTh: string;
  @Column({ name: 'province_code', type: 'text' }) provinceCode: string;
  @Column({ name: 'district_code', type: 'text' }) districtCode: string;
  @Column({ type: 'double precision', nullable: true }) lat: number | null;
  @Column({ type: 'double precision', nullable: true }) lon: number | null;
}
