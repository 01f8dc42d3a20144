import * as data from './data/regions.json';
import { closest } from './suggest';

interface RegionEntry {
  readonly code: string;
  readonly short?: string;
  readonly name: string;
}

const ENTRIES: RegionEntry[] = [...data.regions, ...data.legacy];
const BY_CODE = new Map<string, RegionEntry>();
for (const entry of ENTRIES) {
  BY_CODE.set(entry.code, entry);
  if (entry.short) BY_CODE.set(entry.short, entry);
}

/** @internal what a valid region looks like, for error messages. */
export const REGION_HINT = 'a region is empty (all regions), a long code such as "ap-guangzhou" or "ap-beijing", or a short one such as "gz" or "bj"';

/**
 * "did you mean ...? " for a region that is not known, or nothing: `guangzhou` and `ap-guangzho`
 * suggest `ap-guangzhou`.
 * @internal
 */
export function regionSuggestion(region: unknown): string {
  if (typeof region !== 'string' || region === '' || region.length > 64) return '';
  const lower = region.toLowerCase();
  const codes = [...BY_CODE.keys()];
  // "beijng" is close to the city part of "ap-beijing", not to the whole code.
  const byCity = new Map(codes.filter((c) => c.includes('-')).map((c) => [c.slice(c.indexOf('-') + 1), c]));
  const city = closest(lower.includes('-') ? lower.slice(lower.indexOf('-') + 1) : lower, [...byCity.keys()]);
  const near = BY_CODE.has(lower) ? lower : codes.find((c) => c.endsWith(`-${lower}`)) ?? closest(lower, codes) ?? (city ? byCity.get(city) : undefined);
  return near ? `did you mean "${near}"? ` : '';
}

/**
 * A Tencent Cloud region as it appears in the region segment of a six-segment resource.
 *
 * CAM accepts the long codes (`ap-guangzhou`) and, from older pages such as CMQ's, the short ones
 * (`gz`). The table is data (`src/policy/data/regions.json`), so a new region is one line there.
 */
export class Region {
  public static readonly GUANGZHOU = new Region('ap-guangzhou');
  public static readonly SHANGHAI = new Region('ap-shanghai');
  public static readonly BEIJING = new Region('ap-beijing');
  public static readonly CHENGDU = new Region('ap-chengdu');
  public static readonly CHONGQING = new Region('ap-chongqing');
  public static readonly NANJING = new Region('ap-nanjing');
  public static readonly HONG_KONG = new Region('ap-hongkong');
  public static readonly SINGAPORE = new Region('ap-singapore');
  public static readonly JAKARTA = new Region('ap-jakarta');
  public static readonly BANGKOK = new Region('ap-bangkok');
  public static readonly SEOUL = new Region('ap-seoul');
  public static readonly TOKYO = new Region('ap-tokyo');
  public static readonly MUMBAI = new Region('ap-mumbai');
  public static readonly SILICON_VALLEY = new Region('na-siliconvalley');
  public static readonly VIRGINIA = new Region('na-ashburn');
  public static readonly FRANKFURT = new Region('eu-frankfurt');
  public static readonly SAO_PAULO = new Region('sa-saopaulo');

  /**
   * A region by its long (`ap-guangzhou`) or short (`gz`) code.
   * The code is kept as written, so a policy renders with the form its author chose.
   * @throws Error when the code is not a known region, naming the closest known ones
   */
  public static of(code: string): Region {
    if (!Region.isKnown(code)) {
      throw new Error(`Unknown region "${code}": ${REGION_HINT}`);
    }
    return new Region(code);
  }

  /** Whether `code` is a known long or short region code. Case matters: CAM's codes are lowercase. */
  public static isKnown(code: string): boolean {
    return BY_CODE.has(code);
  }

  /** Every known code, long and short, sorted. */
  public static knownCodes(): string[] {
    return [...BY_CODE.keys()].sort();
  }

  /** The code as given: `ap-guangzhou` or `gz`. */
  public readonly code: string;

  private constructor(code: string) {
    this.code = code;
  }

  /** The long code: `gz` gives `ap-guangzhou`. */
  public get longCode(): string {
    return BY_CODE.get(this.code)?.code ?? this.code;
  }

  /** The English name of the region, such as `Guangzhou`. */
  public get displayName(): string {
    return BY_CODE.get(this.code)?.name ?? this.code;
  }

  /** The code, as it goes into a resource string. */
  public toString(): string {
    return this.code;
  }
}

/** The long code of a known region (`gz` -> `ap-guangzhou`); any other text as written. @internal */
export function longRegionCode(code: string): string {
  return BY_CODE.get(code)?.code ?? code;
}
