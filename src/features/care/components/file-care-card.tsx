import { Image, Text, View, Button } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { listVisits } from '@types-contract/care/visits';
import { yuan } from '@types-contract/common/money';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { openCare } from '../care-routes';
import { OccasionForm } from './occasion-form';

/** On a veteran's file: the latest visits (with photos), a way to log one, and to record a six-visit occasion. */
export function FileCareCard({ veteranId, name }: { veteranId: string; name: string }) {
  const visits = useQuery(listVisits, { veteranId, limit: 5 });
  useRefetchOnReturn(visits);
  return (
    <View className="card" data-testid="file-care">
      <Text className="card-title">走访慰问</Text>
      {visits.data?.items.length === 0 ? <Text className="text-block">还没有走访记录。</Text> : null}
      {visits.data?.items.map((v) => (
        <View key={v.id} className="figures-row" data-testid={`visit-${v.id}`}>
          <Text className="text-block">
            {v.date} · {v.kindLabel}
            {v.occasionLabel ? `（${v.occasionLabel}）` : ''}
            {v.household ? ' · 入户' : ''}
          </Text>
          <Text className="muted">
            {v.visitors.join('、')}：{v.findings}
          </Text>
          {v.valueFen ? (
            <Text className="muted">
              慰问：{v.goods || '慰问金'} {yuan(v.valueFen)}
            </Text>
          ) : null}
          {v.followUp ? <Text className="field-error">需跟进{v.followUpNote ? `：${v.followUpNote}` : ''}</Text> : null}
          {v.photoUrls.length ? (
            <View className="photo-strip">
              {v.photoUrls.map((u) => (
                <Image
                  key={u}
                  className="request-photo"
                  src={u}
                  mode="aspectFill"
                  onClick={() => void Taro.previewImage({ urls: v.photoUrls, current: u })}
                />
              ))}
            </View>
          ) : null}
        </View>
      ))}
      <Button
        className="btn btn-primary"
        data-testid="file-log-visit"
        onClick={() => openCare('log-visit', { veteranId, name })}
      >
        记录走访
      </Button>
      <OccasionForm veteranId={veteranId} onRecorded={() => undefined} />
    </View>
  );
}
