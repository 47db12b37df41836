/** @jest-environment node */
import { idBirthDate, idCardNumber, mainlandMobile, maskIdNumber, maskPhone } from '../../types/common/validators';
import { REAL_NAMES_TO_AVOID } from '../../seed/names/person-names';
import { DEMO_UNREGISTERED_VETERAN } from '../../seed/district/xiangzhou-demo';
import { generated, pii } from './generated-district';

const { district } = generated('full');
const sealed = [...district.veterans, ...district.registrations];
const plain = new Map<string, string>();
const open = (enc: string) => plain.get(enc) ?? plain.set(enc, pii.decrypt(enc)).get(enc)!;
const ids = sealed.map((d) => open(d.idEnc));
const phones = sealed.flatMap((d) => (d.phoneEnc ? [open(d.phoneEnc)] : []));
/** A registration that matched a file by ID and name repeats the file's ID (and maybe phone); others are new people. */
const newPeople = [...district.veterans, ...district.registrations.filter((r) => r.matchKind === 'none')];

/** Every run of 11 and 18 digits (or 17 digits and X) inside a text: what a leaked phone or ID would be. */
function numberWindows(text: string): Set<string> {
  const windows = new Set<string>();
  for (const [run] of text.matchAll(/[0-9X]{11,}/g)) {
    for (const width of [11, 18]) for (let i = 0; i + width <= run.length; i++) windows.add(run.slice(i, i + width));
  }
  return windows;
}

test('every ID number is valid under GB 11643, unique, and carries the file’s birth date and gender', () => {
  expect(ids.filter((id) => !idCardNumber.safeParse(id).success)).toEqual([]);
  expect(new Set(newPeople.map((d) => open(d.idEnc))).size).toBe(newPeople.length);
  const wrong = district.veterans.filter((v) => {
    const id = open(v.idEnc);
    return idBirthDate(id) !== v.birthDate || Number(id[16]) % 2 !== (v.gender === 'male' ? 1 : 0);
  });
  expect(wrong.map((v) => v._id)).toEqual([]);
});

test('phones are mainland mobiles and unique', () => {
  expect(phones.filter((p) => !mainlandMobile.safeParse(p).success)).toEqual([]);
  const newPhones = newPeople.flatMap((d) => (d.phoneEnc ? [open(d.phoneEnc)] : []));
  expect(new Set(newPhones).size).toBe(newPhones.length);
});

test('hashes and masks are those of the sealed values', () => {
  const wrong = sealed.filter((d) => {
    const id = open(d.idEnc);
    const phone = d.phoneEnc ? open(d.phoneEnc) : null;
    const idOk = d.idHash === pii.blindIndex('id', id) && d.idMasked === maskIdNumber(id);
    const phoneOk = phone
      ? d.phoneHash === pii.blindIndex('phone', phone) && d.phoneMasked === maskPhone(phone)
      : d.phoneHash === null && d.phoneMasked === null;
    return !idOk || !phoneOk;
  });
  expect(wrong.map((d) => d._id)).toEqual([]);
});

test('no plaintext ID number or phone appears anywhere in the generated documents', () => {
  const { demoPeople: _demo, ...collections } = district;
  const windows = numberWindows(JSON.stringify(collections));
  // The detector finds what it looks for: a planted ID is seen.
  expect(numberWindows(JSON.stringify({ x: `a${ids[0]}b` })).has(ids[0])).toBe(true);
  expect(ids.filter((id) => windows.has(id))).toEqual([]);
  expect(phones.filter((p) => windows.has(p))).toEqual([]);
  expect(windows.has(DEMO_UNREGISTERED_VETERAN.idNumber)).toBe(false);
  expect(windows.has(DEMO_UNREGISTERED_VETERAN.phone)).toBe(false);
});

test('no synthetic person carries the name of a real person from the seed article', () => {
  const names = [...district.veterans, ...district.staff, ...district.registrations].map((p) => p.name);
  expect(names.filter((n) => REAL_NAMES_TO_AVOID.has(n))).toEqual([]);
});
