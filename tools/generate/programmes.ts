import { Award } from "../../subgraphs/programmes/entities/award.entity";
import {
  ProgrammeKind,
  ProgrammeStatus,
  SupportType,
} from "../../subgraphs/programmes/entities/enums";
import type { ProgrammeRegion } from "../../subgraphs/programmes/entities/programme-region.entity";
import {
  PROGRAMME_DEFAULTS,
  programmeSearchText,
} from "../../subgraphs/programmes/entities/support-programme.defaults";
import { SupportProgramme } from "../../subgraphs/programmes/entities/support-programme.entity";
import { ValueQualifier } from "../../subgraphs/shared/figure";
import type { Plan } from "./plan";
import { Random } from "./random";
import { calendarDay, randomDay, stamp } from "./stamp";
import { AWARD_PURPOSES, FIELDS, FOCUS_AREAS, PROGRAMME_TITLES } from "./vocabulary";

const KINDS = [
  ProgrammeKind.GRANT,
  ProgrammeKind.SUBSIDY,
  ProgrammeKind.TRAINING,
  ProgrammeKind.CONSULTING,
];
const SUPPORT = Object.values(SupportType);

/** A programme with the regions it operates in. */
export interface ProgrammeRows {
  programme: SupportProgramme;
  regions: ProgrammeRegion[];
}

/**
 * The programmes, region by region (Plan), each operated by its region's centre or another
 * organisation of the region; one in ten also operates in the next region of the geography.
 */
export function* programmeRows(plan: Plan): Generator<ProgrammeRows> {
  const random = new Random(plan.seed, "programmes");
  for (let index = 0; index < plan.counts.programmes; index += 1) {
    const regionIndex = plan.programmes.regionOf(index);
    const region = plan.regions[regionIndex];
    const startsOn = randomDay(random);
    const kind = random.pick(KINDS);
    const programme: SupportProgramme = Object.assign(new SupportProgramme(), PROGRAMME_DEFAULTS, {
      id: plan.programmeId(index),
      title: `${random.pick(PROGRAMME_TITLES)} ${random.pick(FIELDS)} (${region.name}, ${startsOn.slice(0, 4)})`,
      kind,
      status: random.pick([
        ProgrammeStatus.ACTIVE,
        ProgrammeStatus.COMPLETED,
        ProgrammeStatus.PLANNED,
      ]),
      supportTypes: random.some(SUPPORT, random.int(1, 2)),
      operatorId: plan.organizationOf(
        regionIndex,
        random.chance(0.5) ? 0 : random.int(0, plan.organizationsIn(regionIndex) - 1),
      ),
      startsOn,
      budgetAmount: random.chance(0.8) ? String(random.int(1, 500) * 100_000) : null,
      focusAreas: random.some(FOCUS_AREAS, random.int(1, 2)),
      ...stamp(random, plan.ownerOf(regionIndex)),
    });
    if (programme.budgetAmount) {
      programme.budgetCurrency = "RUB";
      programme.budgetQualifier = ValueQualifier.EXACT;
    }
    programme.searchText = programmeSearchText(programme);
    const codes = [region.code];
    if (random.chance(0.1)) codes.push(plan.regions[(regionIndex + 1) % plan.regions.length].code);
    yield {
      programme,
      regions: codes.map((regionCode, position) => ({
        programmeId: programme.id,
        regionCode,
        position,
      })),
    };
  }
}

/** The awards: each to an organisation of its programme's (first) region. */
export function* awardRows(plan: Plan): Generator<Award> {
  const random = new Random(plan.seed, "awards");
  for (let index = 0; index < plan.counts.awards; index += 1) {
    const programmeIndex = random.int(0, plan.counts.programmes - 1);
    const regionIndex = plan.programmes.regionOf(programmeIndex);
    const amount = random.chance(0.9) ? String(random.int(5, 300) * 10_000) : null;
    yield Object.assign(new Award(), {
      id: plan.awardId(index),
      programmeId: plan.programmeId(programmeIndex),
      recipientId: plan.organizationOf(
        regionIndex,
        random.int(1, Math.max(1, plan.organizationsIn(regionIndex) - 1)) %
          plan.organizationsIn(regionIndex),
      ),
      amount,
      currency: amount ? "RUB" : null,
      qualifier: amount ? ValueQualifier.EXACT : null,
      awardedOn: calendarDay(random),
      purpose: random.pick(AWARD_PURPOSES),
      sources: [],
      ...stamp(random, plan.ownerOf(regionIndex)),
    });
  }
}
