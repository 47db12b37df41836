import { myServiceRecord } from '../../../types/activities/records';
import { HONOUR_KIND_LABELS, type VolunteerHonourDoc } from '../../../types/activities/honours';
import { ACTIVITY_KIND_LABELS, type CertificateDoc, type SignupDoc } from '../../../types/activities/model';
import type { OrgDoc } from '../../../types/org/model';
import type { VeteranDoc } from '../../../types/veteran/model';
import { defineAction } from '../../_kernel/action';
import { orgsById } from '../../_domain/orgs';
import { shanghaiDay } from '../../../types/common/shanghai-time';

const RECORD_MAX = 500;
const CERTIFICATES_MAX = 50;
const HONOURS_MAX = 200;

export default defineAction(myServiceRecord, async (_input, ctx) => {
  // The veteran:self seat is the caller's bound file.
  const veteran = (await ctx.authorizeSeat('veteran:self')).me.veteran as VeteranDoc;
  const [services, certificates, honours] = await Promise.all([
    ctx.read.many<SignupDoc>(
      'activitySignups',
      { veteranId: veteran._id, minutes: ctx._.gt(0) },
      { limit: RECORD_MAX, orderBy: [['activityStartAt', 'desc']] },
    ),
    ctx.read.many<CertificateDoc>(
      'volunteerCertificates',
      { veteranId: veteran._id },
      { limit: CERTIFICATES_MAX, orderBy: [['issuedAt', 'desc']] },
    ),
    ctx.read.many<VolunteerHonourDoc>(
      'volunteerHonours',
      { veteranId: veteran._id },
      { limit: HONOURS_MAX, orderBy: [['date', 'desc']] },
    ),
  ]);
  const honour = (h: VolunteerHonourDoc) => ({
    kind: h.kind,
    kindLabel: HONOUR_KIND_LABELS[h.kind],
    title: h.title,
    date: h.date,
    hours: h.minutes === null ? null : h.minutes / 60,
    issuerName: h.issuerName,
  });
  const orgs: Map<string, OrgDoc> = await orgsById(
    ctx.db,
    ctx.read,
    services.map((s) => s.organiserOrgId),
  );
  const items = services.map((s) => ({
    activityId: s.activityId,
    title: s.activityTitle,
    kindLabel: ACTIVITY_KIND_LABELS[s.activityKind],
    organiserName: orgs.get(s.organiserOrgId)?.name ?? '',
    date: shanghaiDay(s.activityStartAt),
    hours: (s.minutes ?? 0) / 60,
  }));
  return {
    totalHours: items.reduce((n, i) => n + i.hours, 0),
    items,
    training: honours.filter((h) => h.kind === 'training').map(honour),
    awards: honours.filter((h) => h.kind === 'award').map(honour),
    certificates: certificates.map((c) => ({
      number: c._id,
      issuerName: c.issuerName,
      totalHours: c.minutes / 60,
      issuedAt: c.issuedAt.toISOString(),
    })),
  };
});
