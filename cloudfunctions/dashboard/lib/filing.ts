/**
 * 建档率: a living file in the district is complete when identity, service, address and phone are filled
 * and someone has verified it (verifiedAt set). Service: a veteran's enlistment and discharge dates; a
 * dependant's type. Expressed as an aggregation expression so the database decides it.
 */
export const FILING_RULE = '身份信息、服役信息、住址、联系电话均已填写，且已核实';

const filled = (path: string) => ({ $ne: [{ $ifNull: [path, ''] }, ''] });
const present = (path: string) => ({ $ne: [{ $ifNull: [path, null] }, null] });

export const FILED_EXPR = {
  $and: [
    filled('$idHash'),
    filled('$name'),
    filled('$birthDate'),
    { $or: [{ $and: [{ $eq: ['$category', 'dependant'] }, present('$dependantType')] }, { $and: [present('$service.enlistDate'), present('$service.dischargeDate')] }] },
    filled('$address'),
    present('$phoneHash'),
    present('$verifiedAt'),
  ],
};

export const KEY_MARK = (group: 'hardship' | 'contribution' | 'decorated') => present(`$keyGroups.${group}`);
