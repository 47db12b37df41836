import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Button, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import { logVisit } from '@types-contract/care/visits';
import { VISIT_KINDS, VISIT_KIND_LABELS, type VisitKind } from '@types-contract/care/model';
import { PageShell } from '../../../app-shell/page-shell';
import { TextField } from '../../../components/text-field';
import { useAction } from '../../../lib/cloud';
import { shanghaiDate } from '../shanghai-date';

const toFen = (yuan: string) => (yuan.trim() === '' ? 0 : Math.round(Number(yuan) * 100));

/** A grid member records a visit: date, kind, who went, what was found, what was given. */
export default function LogVisitPage() {
  const { params } = useRouter();
  const veteranId = String(params.veteranId ?? '');
  const [date, setDate] = useState(shanghaiDate(new Date()));
  const [kind, setKind] = useState<VisitKind>(params.taskId ? 'mandatory' : 'routine');
  const [visitors, setVisitors] = useState('');
  const [findings, setFindings] = useState('');
  const [goods, setGoods] = useState('');
  const [goodsYuan, setGoodsYuan] = useState('');
  const [moneyYuan, setMoneyYuan] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const save = useAction(logVisit);
  const fieldError = (f: string) => (save.error?.field === f ? save.error.message : undefined);
  const submit = async () => {
    const done = await save.run({
      veteranId, date, kind,
      occasion: kind === 'mandatory' ? String(params.occasion ?? '') || null : null,
      taskId: params.taskId ? String(params.taskId) : null,
      visitors: visitors.split(/[，,、\s]+/).filter(Boolean),
      findings, goods, goodsValueFen: toFen(goodsYuan), moneyFen: toFen(moneyYuan), followUp,
    });
    if (done) {
      void Taro.showToast({ title: '走访已记录', icon: 'success' });
      setTimeout(() => void Taro.navigateBack(), 600);
    }
  };
  return (
    <PageShell>
      <View className='card'>
        <Text className='card-title'>走访对象：{decodeURIComponent(String(params.name ?? ''))}</Text>
        <Picker mode='date' value={date} end={shanghaiDate(new Date())} onChange={(e) => setDate(e.detail.value)}>
          <View className='field'><Text className='field-label'>走访日期</Text><Text className='field-input' data-testid='visit-date'>{date}</Text></View>
        </Picker>
        {fieldError('date') ? <Text className='field-error'>{fieldError('date')}</Text> : null}
        <Picker mode='selector' range={VISIT_KINDS.map((k) => VISIT_KIND_LABELS[k])} value={VISIT_KINDS.indexOf(kind)} onChange={(e) => setKind(VISIT_KINDS[Number(e.detail.value)])}>
          <View className='field'><Text className='field-label'>走访类型</Text><Text className='field-input'>{VISIT_KIND_LABELS[kind]}</Text></View>
        </Picker>
        <TextField name='visitors' label='走访人（多人用逗号分开）' value={visitors} placeholder='例如：黄丽娟' error={fieldError('visitors')} onChange={setVisitors} />
        <View className='field'>
          <Text className='field-label'>走访情况</Text>
          <Textarea className='field-input' name='findings' value={findings} placeholder='身体、生活、需要帮助的事' onInput={(e) => setFindings(e.detail.value)} />
          {fieldError('findings') ? <Text className='field-error'>{fieldError('findings')}</Text> : null}
        </View>
        <TextField name='goods' label='慰问物品' value={goods} placeholder='例如：大米一袋、食用油一桶' onChange={setGoods} />
        <TextField name='goodsValue' label='物品价值（元）' type='number' value={goodsYuan} placeholder='0' error={fieldError('goodsValueFen')} onChange={setGoodsYuan} />
        <TextField name='money' label='慰问金（元）' type='number' value={moneyYuan} placeholder='0' error={fieldError('moneyFen')} onChange={setMoneyYuan} />
        <View className='row'><Text className='text-block'>需要后续跟进</Text><Switch checked={followUp} onChange={(e) => setFollowUp(e.detail.value)} /></View>
        {save.error && !save.error.field ? <Text className='field-error'>{save.error.message}</Text> : null}
        <Button className='btn btn-primary' disabled={save.loading} onClick={() => void submit()}>保存走访记录</Button>
      </View>
    </PageShell>
  );
}
