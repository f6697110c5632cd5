import { LaoCodeField, OneOfField, WholeNumber } from './fields.js';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { PRODUCER_KINDS } from './catalog.js';
import type { ProducerKind } from './catalog.js';
import { IsOptionalNotNull, trim } from './catalog-validation.js';
import { PageQuery } from './paging.js';

/**
 * A producer's kind and member count weigh the beneficiaries figure, so they are never self-declared: the
 * producer proposes, an administrator of its LAO (or of a wider area: province, DLA) approves or rejects,
 * and every change is kept with who and when.
 */
export const MEMBERSHIP_PROPOSAL_STATUSES = ['pending', 'approved', 'rejected', 'superseded'] as const;
export type MembershipProposalStatus = (typeof MEMBERSHIP_PROPOSAL_STATUSES)[number];

/** How a change came about: set at registration, an approved proposal, an administrator's own correction, or carried over by the migration. */
export const MEMBERSHIP_CHANGE_SOURCES = ['registration', 'proposal', 'admin', 'migration'] as const;
export type MembershipChangeSource = (typeof MEMBERSHIP_CHANGE_SOURCES)[number];

export class ProposeMembershipFields {
  @OneOfField(PRODUCER_KINDS, 'notNull', { description: 'the kind asked for (default: unchanged)' })
  kind?: ProducerKind;

  @ApiPropertyOptional({
    example: 25,
    description: 'registered members asked for (community enterprise ≥ 1; anyone else 1)',
  })
  @IsOptionalNotNull()
  @WholeNumber(1, 100_000)
  memberCount?: number;

  @ApiPropertyOptional({
    example: 'สมาชิกเพิ่มตามทะเบียนวิสาหกิจชุมชนปี 2569',
    description: 'for the administrator: why, which register',
  })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ProposeMembershipCommand extends ProposeMembershipFields {
  @IsUUID()
  producerId: string;
}

export class DecideMembershipFields {
  @ApiPropertyOptional({
    example: 'ตรวจทะเบียนแล้ว',
    description: 'approve: optional; reject: required (the producer sees it)',
  })
  @IsOptionalNotNull()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason?: string;
}

export class DecideMembershipCommand extends DecideMembershipFields {
  @IsUUID()
  id: string;
}

export class ListMembershipProposalsQuery extends PageQuery {
  /** set by the gateway from the path (GET /producers/:id/membership-proposals) */
  @IsOptional()
  @IsUUID()
  producerId?: string;

  @OneOfField(MEMBERSHIP_PROPOSAL_STATUSES, 'optional', { default: 'pending' })
  status?: MembershipProposalStatus;

  @LaoCodeField('optional', { description: 'an LAO within the caller’s area (default: all of it)' })
  laoCode?: string;
}

/** Data of CatalogSubjects.listProducerMembershipProposals / producerMembershipHistory for one producer. */
export class ProducerMembershipQuery extends PageQuery {
  @IsUUID()
  producerId: string;
}

/** Data of CatalogSubjects.linkProducerLogin: the gateway made (or bound) the producer's login. */
export class LinkProducerLoginCommand {
  @IsUUID()
  producerId: string;

  @IsUUID()
  userId: string;

  @IsOptional()
  @Matches(/^0\d{8,9}$/, { message: 'phone must be a Thai phone number' })
  phone?: string;
}

// MembershipProposalV1 and MembershipChangeV1 (the HTTP views): catalog-views.ts

/**
 * Event catalog.producer.membership-approved: the approved kind and member count of a producer from
 * effectiveAt on (raised at registration and on every approved change). The report weighs a sale with the
 * membership in effect when the sale completed.
 */
export interface ProducerMembershipApprovedV1 {
  producerId: string;
  changeId: string;
  kind: ProducerKind;
  memberCount: number;
  effectiveAt: string;
}
