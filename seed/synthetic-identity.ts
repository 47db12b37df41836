import type { Gender } from '../types/veteran/model';
import { idCheckChar } from '../types/common/validators';
import type { Random } from './random';
import { GIVEN_NAMES, REAL_NAMES_TO_AVOID, SURNAMES } from './names/person-names';
import { MOBILE_PREFIXES } from './names/service-tables';

/**
 * Synthetic names, ID numbers (GB 11643, with the right check character and the birth date inside)
 * and mainland mobile numbers. ID numbers and phones are unique across everything one factory makes,
 * including values reserved up front (the demo people's).
 */
export class IdentityFactory {
  private readonly ids = new Set<string>();
  private readonly phones = new Set<string>();

  constructor(private readonly rng: Random) {}

  reserveId(id: string): void {
    if (this.ids.has(id)) throw new Error(`ID number reserved twice: ${id.slice(0, 6)}…`);
    this.ids.add(id);
  }

  reservePhone(phone: string): void {
    if (this.phones.has(phone)) throw new Error(`phone reserved twice: ${phone.slice(0, 3)}…`);
    this.phones.add(phone);
  }

  name(gender: Gender, birthYear: number): string {
    const era = birthYear < 1960 ? 'early' : birthYear < 1980 ? 'middle' : 'late';
    const given = GIVEN_NAMES[era][gender].split(' ');
    for (;;) {
      const name = this.rng.weighted(SURNAMES) + this.rng.pick(given);
      if (!REAL_NAMES_TO_AVOID.has(name)) return name;
    }
  }

  /** A calendar date (YYYY-MM-DD) in the given year. */
  birthDate(year: number): string {
    const month = this.rng.int(1, 12);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const day = this.rng.int(1, days);
    return `${year}-${pad(month, 2)}-${pad(day, 2)}`;
  }

  /** An unused 18-digit ID number; its sequence digit is odd for men and even for women, as GB 11643 says. */
  idNumber(areaCode: string, birthDate: string, gender: Gender): string {
    const birth = birthDate.replace(/-/g, '');
    for (;;) {
      const order = this.rng.int(0, 49) * 2 + (gender === 'male' ? 1 : 0);
      const first17 = `${areaCode}${birth}${pad(this.rng.int(0, 9), 1)}${pad(order, 2)}`;
      const id = first17 + idCheckChar(first17);
      if (!this.ids.has(id)) {
        this.ids.add(id);
        return id;
      }
    }
  }

  /** An unused mainland mobile number. */
  mobile(): string {
    for (;;) {
      const phone = this.rng.pick(MOBILE_PREFIXES) + pad(this.rng.int(0, 99_999_999), 8);
      if (!this.phones.has(phone)) {
        this.phones.add(phone);
        return phone;
      }
    }
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
