import { Picker, Text, View } from '@tarojs/components';
import { getCareSettings, } from '@types-contract/care/tasks';
import { listCampaigns } from '@types-contract/care/coverage';
import { VISIT_KINDS, VISIT_KIND_LABELS, type VisitKind } from '@types-contract/care/model';
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
  const occasions = (settings.data?.occasions ?? []).filter((o) => o.enabled);
  const running = (campaigns.data?.items ?? []).filter((c) => c.startDate <= today && today <= c.endDate);
  const occasionIndex = occasions.findIndex((o) => o.key === occasion);
  const campaignIndex = running.findIndex((c) => c.id === campaignId);
  return (
    <>
      <Picker mode='selector' range={VISIT_KINDS.map((k) => VISIT_KIND_LABELS[k])} value={VISIT_KINDS.indexOf(kind)} onChange={(e) => onKind(VISIT_KINDS[Number(e.detail.value)])}>
        <View className='field'><Text className='field-label'>走访类型</Text><Text className='field-input' data-testid='visit-kind'>{VISIT_KIND_LABELS[kind]}</Text></View>
      </Picker>
      {kind === 'mandatory' ? (
        <Picker mode='selector' range={occasions.map((o) => o.label)} value={Math.max(0, occasionIndex)} onChange={(e) => onOccasion(occasions[Number(e.detail.value)].key)}>
          <View className='field'>
            <Text className='field-label'>六必访事由</Text>
            <Text className='field-input' data-testid='visit-occasion'>{occasionIndex >= 0 ? occasions[occasionIndex].label : '请选择'}</Text>
            {errors.occasion ? <Text className='field-error'>{errors.occasion}</Text> : null}
          </View>
        </Picker>
      ) : null}
      {kind === 'campaign' ? (
        running.length ? (
          <Picker mode='selector' range={running.map((c) => c.name)} value={Math.max(0, campaignIndex)} onChange={(e) => onCampaign(running[Number(e.detail.value)].id)}>
            <View className='field'>
              <Text className='field-label'>所属大走访</Text>
              <Text className='field-input' data-testid='visit-campaign'>{campaignIndex >= 0 ? running[campaignIndex].name : '请选择'}</Text>
              {errors.campaignId ? <Text className='field-error'>{errors.campaignId}</Text> : null}
            </View>
          </Picker>
        ) : <Text className='muted'>当前没有进行中的大走访活动。</Text>
      ) : null}
    </>
  );
}
