import '../activities.css';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { myServiceRecord } from '@types-contract/activities/records';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { routeUrl } from '../../../app-shell/route-paths';
import { useQuery, useRefetchOnReturn } from '../../../lib/cloud';
import { day } from '../../../lib/time/format';
import { hoursText } from '../hours';
import { VolunteerCard } from '../components/volunteer-card';

/** 我的志愿服务: total hours, every service with its hours, training, awards, and the certificates issued to me. */
export default function MyVolunteeringPage() {
  const record = useQuery(myServiceRecord, {});
  useRefetchOnReturn(record);
  return (
    <PageShell>
      <QueryView query={record}>
        {({ totalHours, items, training, awards, certificates }) => (
          <View>
            <View className="card" data-testid="total-hours">
              <Text className="muted">累计志愿服务时长</Text>
              <Text className="big-figure">{hoursText(totalHours)}</Text>
              <Text className="muted">共 {items.length} 次服务，时长由活动组织单位登记</Text>
            </View>
            <View className="card">
              <Text className="card-title">服务记录</Text>
              {items.length ? (
                items.map((s) => (
                  <View key={s.activityId} className="roster-row" data-testid="service-row">
                    <View className="roster-name">
                      <Text className="text-block">{s.title}</Text>
                      <Text className="muted">
                        {s.date} · {s.kindLabel} · {s.organiserName}
                      </Text>
                    </View>
                    <Text className="status-ok">{hoursText(s.hours)}</Text>
                  </View>
                ))
              ) : (
                <Text className="text-block muted">还没有登记的服务时长。参加活动并签到后，由组织单位登记。</Text>
              )}
            </View>
            <View className="card" data-testid="training">
              <Text className="card-title">培训记录</Text>
              {training.length ? (
                training.map((t) => (
                  <View key={`${t.date}-${t.title}-${t.issuerName}`} className="roster-row">
                    <View className="roster-name">
                      <Text className="text-block">{t.title}</Text>
                      <Text className="muted">
                        {t.date} · {t.issuerName}
                      </Text>
                    </View>
                    <Text className="status-ok">{t.hours === null ? '' : hoursText(t.hours)}</Text>
                  </View>
                ))
              ) : (
                <Text className="text-block muted">还没有登记的培训。</Text>
              )}
            </View>
            <View className="card" data-testid="awards">
              <Text className="card-title">表彰奖励</Text>
              {awards.length ? (
                awards.map((a) => (
                  <View key={`${a.date}-${a.title}-${a.issuerName}`} className="roster-row">
                    <View className="roster-name">
                      <Text className="text-block">{a.title}</Text>
                      <Text className="muted">
                        {a.date} · {a.issuerName}
                      </Text>
                    </View>
                  </View>
                ))
              ) : (
                <Text className="text-block muted">还没有登记的表彰奖励。</Text>
              )}
            </View>
            <VolunteerCard />
            <View className="card">
              <Text className="card-title">志愿服务记录证明</Text>
              {certificates.length ? (
                certificates.map((c) => (
                  <View
                    key={c.number}
                    className="list-item list-item-link"
                    data-testid="certificate-row"
                    onClick={() =>
                      void Taro.navigateTo({ url: `${routeUrl('volunteerCertificate')}?number=${c.number}` })
                    }
                  >
                    <Text>
                      {c.issuerName} · {hoursText(c.totalHours)} · {day(c.issuedAt)}
                    </Text>
                    <Text>查看 ›</Text>
                  </View>
                ))
              ) : (
                <Text className="text-block muted">需要证明时，请向活动组织单位申请出具。</Text>
              )}
            </View>
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
