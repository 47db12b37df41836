import { useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Text, Textarea, View } from '@tarojs/components';
import { logVisit, uploadVisitPhoto, VISIT_DAYS, VISIT_PHOTOS_MAX } from '@types-contract/care/visits';
import { pickerDays } from '../../../lib/time/picker-days';
import type { VisitKind } from '@types-contract/care/model';
import { PageShell } from '../../../app-shell/page-shell';
import { DateField } from '../../../components/date-field';
import { TextField } from '../../../components/text-field';
import { PhotoStrip } from '../../../components/photo-strip';
import { usePhotoUploads } from '../../../lib/uploads';
import { useAction, useQuery, errorBeside, errorOn } from '../../../lib/cloud';
import { whoami } from '@types-contract/account/whoami';
import { day } from '../../../lib/time/format';
import { VisitKindFields } from '../components/visit-kind-fields';
import { AppSwitch } from '../../../components/app-switch';
import { FieldError } from '../../../components/field-error';

const toFen = (yuan: string) => (yuan.trim() === '' ? 0 : Math.round(Number(yuan) * 100));
const param = (v: unknown) => (v ? decodeURIComponent(String(v)) : null);

/** A grid member records a visit: date, kind, who went, what was found, what was given, photos, follow-up. */
export default function LogVisitPage() {
  const { params } = useRouter();
  const veteranId = String(params.veteranId ?? '');
  const today = day(new Date());
  const [date, setDate] = useState(today);
  const [kind, setKind] = useState<VisitKind>(
    params.taskId || params.occasion ? 'mandatory' : params.campaignId ? 'campaign' : 'routine',
  );
  const [occasion, setOccasion] = useState<string | null>(param(params.occasion));
  const [campaignId, setCampaignId] = useState<string | null>(param(params.campaignId));
  const [household, setHousehold] = useState(false);
  const [visitors, setVisitors] = useState('');
  // The person logging the visit usually made it: 走访人 starts with their name (editable, others added).
  const me = useQuery(whoami, {});
  const myName = me.data?.name ?? null;
  useEffect(() => {
    if (myName) setVisitors((v) => v || myName);
  }, [myName]);
  const [findings, setFindings] = useState('');
  const [goods, setGoods] = useState('');
  const [goodsYuan, setGoodsYuan] = useState('');
  const [moneyYuan, setMoneyYuan] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [followUpNote, setFollowUpNote] = useState('');
  const photos = usePhotoUploads(uploadVisitPhoto);
  const save = useAction(logVisit);
  const fieldError = (f: string) => errorOn(save.error, f);
  const submit = async () => {
    const done = await save.run({
      veteranId,
      date,
      kind,
      household,
      occasion: kind === 'mandatory' ? occasion : null,
      campaignId: kind === 'campaign' ? campaignId : null,
      taskId: kind === 'mandatory' && params.taskId ? String(params.taskId) : null,
      visitors: visitors.split(/[，,、\s]+/).filter(Boolean),
      findings,
      goods,
      goodsValueFen: toFen(goodsYuan),
      moneyFen: toFen(moneyYuan),
      photos: photos.fileIds,
      followUp,
      followUpNote: followUp ? followUpNote : '',
    });
    if (done) {
      void Taro.showToast({ title: '走访已记录', icon: 'success' });
      setTimeout(() => void Taro.navigateBack(), 600);
    }
  };
  const known = [
    'date',
    'visitors',
    'findings',
    'goodsValueFen',
    'moneyFen',
    'occasion',
    'campaignId',
    'photos',
    'followUpNote',
  ];
  return (
    <PageShell>
      <View className="card">
        <Text className="card-title">走访对象：{param(params.name) ?? ''}</Text>
        {params.campaignName ? <Text className="muted">大走访：{param(params.campaignName)}</Text> : null}
        <DateField
          name="visit-date"
          label="走访日期"
          value={date}
          {...pickerDays(VISIT_DAYS)}
          error={fieldError('date')}
          onChange={setDate}
        />
        <VisitKindFields
          kind={kind}
          occasion={occasion}
          campaignId={campaignId}
          today={today}
          errors={{ occasion: fieldError('occasion'), campaignId: fieldError('campaignId') }}
          onKind={setKind}
          onOccasion={setOccasion}
          onCampaign={setCampaignId}
        />
        <View className="row">
          <Text className="text-block">走访对象为全家（入户走访）</Text>
          <AppSwitch label="走访对象为全家（入户走访）" checked={household} onChange={setHousehold} />
        </View>
        <TextField
          name="visitors"
          label="走访人（多人用逗号分开）"
          value={visitors}
          placeholder="例如：黄丽娟"
          error={fieldError('visitors')}
          onChange={setVisitors}
        />
        <View className="field">
          <Text className="field-label">走访情况</Text>
          <Textarea
            className="field-input"
            name="findings"
            value={findings}
            placeholder="身体、生活、需要帮助的事"
            onInput={(e) => setFindings(e.detail.value)}
          />
          {fieldError('findings') ? <Text className="field-error">{fieldError('findings')}</Text> : null}
        </View>
        <TextField
          name="goods"
          label="慰问物品"
          value={goods}
          placeholder="例如：大米一袋、食用油一桶"
          onChange={setGoods}
        />
        <TextField
          name="goodsValue"
          label="物品价值（元）"
          type="number"
          value={goodsYuan}
          placeholder="0"
          error={fieldError('goodsValueFen')}
          onChange={setGoodsYuan}
        />
        <TextField
          name="money"
          label="慰问金（元）"
          type="number"
          value={moneyYuan}
          placeholder="0"
          error={fieldError('moneyFen')}
          onChange={setMoneyYuan}
        />
        <PhotoStrip
          label={`走访照片（选填，最多 ${VISIT_PHOTOS_MAX} 张）`}
          max={VISIT_PHOTOS_MAX}
          previews={photos.previews}
          busy={photos.busy}
          error={photos.error ?? fieldError('photos')}
          onAdd={photos.add}
          onRemove={photos.remove}
        />
        <View className="row">
          <Text className="text-block">需要后续跟进</Text>
          <AppSwitch label="需要后续跟进" checked={followUp} onChange={setFollowUp} />
        </View>
        {followUp ? (
          <TextField
            name="followUpNote"
            label="跟进事项"
            value={followUpNote}
            placeholder="例如：协助申请临时困难补助"
            error={fieldError('followUpNote')}
            onChange={setFollowUpNote}
          />
        ) : null}
        <FieldError name="visit" error={errorBeside(save.error, known)} />
        <Button
          className="btn btn-primary"
          data-testid="save-visit"
          disabled={save.loading || photos.busy || undefined}
          onClick={() => void submit()}
        >
          保存走访记录
        </Button>
      </View>
    </PageShell>
  );
}
