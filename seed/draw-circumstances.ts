import type { EmergencyContact, LivingArrangement, WorkStatus } from '../types/veteran/model';
import type { Pii } from '../cloudfunctions/_kernel/pii';
import { maskPhone } from '../types/common/validators';
import { createRandom } from './random';
import { GIVEN_NAMES } from './names/person-names';
import { MOBILE_PREFIXES } from './names/service-tables';

const EMPLOYERS = [
  '珠海市某物业公司',
  '香洲区某社区居委会',
  '珠海某制造有限公司',
  '某运输公司',
  '某保安服务公司',
  '某商贸有限公司',
  '个体经营',
];

/** A file's circumstances: emergency contact, work and living situation, as a grid member would record them. */
export interface Circumstances {
  emergencyContact: EmergencyContact;
  work: { status: WorkStatus | null; employer: string };
  living: { arrangement: LivingArrangement | null; note: string };
}

/**
 * Drawn from a stream of the file's own (by its id), so adding these fields reshuffled nothing else the
 * generator draws. Older people are retired and more often live with their children or alone.
 */
export function drawCircumstances(fileId: string, name: string, age: number, pii: Pii): Circumstances {
  const rng = createRandom(0, `circumstances-${fileId}`);
  const hasContact = rng.chance(0.9);
  const relation = rng.weighted([
    ['配偶', 5],
    ['儿子', 3],
    ['女儿', 3],
    ['兄弟', 1],
    ['姐妹', 1],
  ] as const);
  const female = relation === '配偶' || relation === '女儿' || relation === '姐妹';
  const given = GIVEN_NAMES.late[female ? 'female' : 'male'].split(' ');
  const phone = `${rng.pick(MOBILE_PREFIXES)}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const emergencyContact: EmergencyContact = hasContact
    ? {
        name: `${relation === '配偶' ? '' : name[0]}${rng.pick(given)}`,
        relation,
        phoneEnc: pii.encrypt(phone),
        phoneMasked: maskPhone(phone),
      }
    : { name: '', relation: '', phoneEnc: null, phoneMasked: null };

  const status: WorkStatus =
    age >= 60
      ? rng.weighted([
          ['退休', 9],
          ['无劳动能力', 1],
        ] as const)
      : rng.weighted([
          ['在职', 60],
          ['灵活就业', 15],
          ['自主创业', 10],
          ['待业', 10],
          ['无劳动能力', 5],
        ] as const);
  const employer = status === '在职' ? rng.pick(EMPLOYERS) : status === '自主创业' ? '个体经营' : '';

  const arrangement: LivingArrangement =
    age >= 80
      ? rng.weighted([
          ['与子女同住', 50],
          ['与家人同住', 25],
          ['独居', 20],
          ['养老机构', 5],
        ] as const)
      : rng.weighted([
          ['与家人同住', 85],
          ['独居', 10],
          ['其他', 5],
        ] as const);
  return { emergencyContact, work: { status, employer }, living: { arrangement, note: '' } };
}
