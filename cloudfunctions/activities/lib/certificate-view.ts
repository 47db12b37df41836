import type { CertificateView } from '../../../types/activities/records';
import type { CertificateDoc } from '../../../types/activities/model';

export function certificateView(doc: CertificateDoc): CertificateView {
  return {
    number: doc._id,
    name: doc.name,
    idMasked: doc.idMasked,
    totalHours: doc.minutes / 60,
    services: doc.services.map((s) => ({ title: s.title, date: s.date, hours: s.minutes / 60 })),
    training: (doc.training ?? []).map((t) => ({ title: t.title, date: t.date, hours: t.minutes / 60 })),
    awards: (doc.awards ?? []).map((a) => ({ title: a.title, date: a.date })),
    issuerName: doc.issuerName,
    personInCharge: doc.personInCharge,
    contact: doc.contact,
    issuedAt: doc.issuedAt.toISOString(),
  };
}
