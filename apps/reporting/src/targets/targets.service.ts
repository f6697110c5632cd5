import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller, ProgressV1, ReportLevel, SetTargetCommand, TargetSetV1, TargetV1 } from '@app/contracts';
import { DomainError } from '@app/messaging';
import { FiguresRepository } from '../summary/figures.repository.js';
import { assertMaySetTarget, ReportArea } from '../summary/scope.policy.js';
import { targetsRepository } from './targets.repository.js';

/** Percent reached, one decimal; null when the target is 0 (no meaningful percentage). */
export function percent(actual: number, target: number): number | null {
  return target > 0 ? Math.round((actual / target) * 1000) / 10 : null;
}

export function progressOf(actual: TargetV1, target: TargetV1): ProgressV1 {
  return {
    salesCount: percent(actual.salesCount, target.salesCount),
    revenueSatang: percent(actual.revenueSatang, target.revenueSatang),
    beneficiaries: percent(actual.beneficiaries, target.beneficiaries),
  };
}

/**
 * Fiscal-year targets are set for an LAO or a province. A district's target is the sum of its LAOs'
 * targets (the letter sets none for districts); the nation's the sum of the provinces'.
 */
@Injectable()
export class TargetsService {
  constructor(
    private readonly ds: DataSource,
    private readonly figures: FiguresRepository,
  ) {}

  async set(caller: Caller | null, cmd: SetTargetCommand): Promise<TargetSetV1> {
    if (!!cmd.laoCode === !!cmd.provinceCode)
      throw DomainError.validation('laoCode', 'give exactly one of laoCode or provinceCode');
    const lao = cmd.laoCode ? await this.figures.findLao(cmd.laoCode) : null;
    if (cmd.laoCode && !lao) throw DomainError.notFound('LAO', cmd.laoCode, 'laoCode');
    if (cmd.provinceCode && !(await this.figures.provinceExists(cmd.provinceCode)))
      throw DomainError.notFound('Province', cmd.provinceCode, 'provinceCode');
    assertMaySetTarget(caller, cmd, lao);
    const level = cmd.laoCode ? 'lao' : 'province';
    const code = (cmd.laoCode ?? cmd.provinceCode)!;
    const target = {
      fiscalYear: cmd.fiscalYear,
      level,
      code,
      salesCount: cmd.salesCount,
      revenueSatang: cmd.revenueSatang,
      beneficiaries: cmd.beneficiaries,
    } as const;
    await targetsRepository.upsert(this.ds.manager, { ...target, setBy: caller!.userId });
    return target;
  }

  /** Targets of the rows of a report level within an area. */
  async forRows(fiscalYear: number, groupBy: ReportLevel, area: ReportArea): Promise<Map<string, TargetV1>> {
    return targetsRepository.forRows(this.ds.manager, fiscalYear, groupBy, area);
  }

  /** The target of the whole area. */
  async forArea(fiscalYear: number, area: ReportArea): Promise<TargetV1 | undefined> {
    if (area.laoCode) return (await this.forRows(fiscalYear, 'lao', area)).get(area.laoCode);
    if (area.districtCode) return (await this.forRows(fiscalYear, 'district', area)).get(area.districtCode);
    if (area.provinceCode) return (await this.forRows(fiscalYear, 'province', area)).get(area.provinceCode);
    return targetsRepository.nation(this.ds.manager, fiscalYear);
  }
}
