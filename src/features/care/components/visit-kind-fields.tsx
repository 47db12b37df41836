import { Text } from '@tarojs/components';
import { getCareSettings } from '@types-contract/care/tasks';
import { listCampaigns } from '@types-contract/care/coverage';
import { VISIT_KINDS, VISIT_KIND_LABELS, type VisitKind } from '@types-contract/care/model';
import { PickerField } from '../../../components/picker-field';
import { useQuery } from '../../../lib/cloud';

interface Props {
  kind: VisitKind;
  occasion: string | null;
  campaignId: string | null;
  today: string;
  errors: { occasion?: string; campaignId?: string };
  onKind: (k: VisitKind) => void;
  onOccasion: (key: string) => void;
  onCampaign: (id: string) => void;
}

/** The visit's kind, and what it needs: the six-visit occasion (as the district configures them) or the running campaign. */
export function VisitKindFields({ kind, occasion, campaignId, today, errors, onKind, onOccasion, onCampaign }: Props) {
  const settings = useQuery(getCareSettings, {});
  const campaigns = useQuery(listCampaigns, {});
  const occasions = (settings.data?.occasions ?? [])
    .filter((o) => o.enabled)
    .map((o) => ({ value: o.key, label: o.label }));
  const running = (campaigns.data?.items ?? [])
    .filter((c) => c.startDate <= today && today <= c.endDate)
    .map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <PickerField
        label="走访类型"
        testId="visit-kind"
        options={VISIT_KINDS.map((k) => ({ value: k, label: VISIT_KIND_LABELS[k] }))}
        value={kind}
        onChange={(k) => onKind(k as VisitKind)}
      />
      {kind === 'mandatory' ? (
        <PickerField
          label="六必访事由"
          testId="visit-occasion"
          options={occasions}
          value={occasion}
          error={errors.occasion}
          onChange={onOccasion}
        />
      ) : null}
      {kind === 'campaign' && running.length ? (
        <PickerField
          label="所属大走访"
          testId="visit-campaign"
          options={running}
          value={campaignId}
          error={errors.campaignId}
          onChange={onCampaign}
        />
      ) : null}
      {kind === 'campaign' && !running.length ? <Text className="muted">当前没有进行中的大走访活动。</Text> : null}
    </>
  );
}
