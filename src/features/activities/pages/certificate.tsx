import '../activities.css';
import { useRouter } from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { certificateDetail } from '@types-contract/activities/records';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { useQuery } from '../../../lib/cloud';
import { shanghai } from '../../../lib/time/format';
import { hoursText } from '../hours';
import { PRINT_LABEL, printPage } from '../print-page';

/**
 * 志愿服务记录证明 as 《志愿服务记录与证明出具办法（试行）》 sets it: the volunteer's identity, the services with
 * hours, the issuing organisation with its person in charge and contact, a number, a date and a place for the seal.
 */
export default function CertificatePage() {
  const number = useRouter().params.number ?? '';
  const cert = useQuery(certificateDetail, { number });
  return (
    <PageShell>
      <QueryView query={cert}>
        {(c) => (
          <View>
            <View className="card certificate" data-testid="certificate">
              <Text className="certificate-title">志愿服务记录证明</Text>
              <Text className="certificate-line">
                兹证明 {c.name}（公民身份号码 {c.idMasked}）参加本单位组织的志愿服务活动，服务记录如下：
              </Text>
              <Text className="certificate-line certificate-total" data-testid="certificate-hours">
                累计服务时长：{hoursText(c.totalHours)}
              </Text>
              <View className="certificate-table">
                {c.services.map((s) => (
                  <View key={`${s.date}-${s.title}`} className="certificate-row">
                    <Text>
                      {s.date} {s.title}
                    </Text>
                    <Text>{hoursText(s.hours)}</Text>
                  </View>
                ))}
              </View>
              {c.training.length ? (
                <View className="certificate-table" data-testid="certificate-training">
                  <Text className="certificate-line">参加培训：</Text>
                  {c.training.map((t) => (
                    <View key={`${t.date}-${t.title}`} className="certificate-row">
                      <Text>
                        {t.date} {t.title}
                      </Text>
                      <Text>{hoursText(t.hours)}</Text>
                    </View>
                  ))}
                </View>
              ) : null}
              {c.awards.length ? (
                <View className="certificate-table" data-testid="certificate-awards">
                  <Text className="certificate-line">表彰奖励：</Text>
                  {c.awards.map((a) => (
                    <View key={`${a.date}-${a.title}`} className="certificate-row">
                      <Text>
                        {a.date} {a.title}
                      </Text>
                    </View>
                  ))}
                </View>
              ) : null}
              <Text className="certificate-line">特此证明。</Text>
              <Text className="certificate-line">出具单位：{c.issuerName}</Text>
              <Text className="certificate-line">负责人：{c.personInCharge || '（未登记）'}</Text>
              <Text className="certificate-line">联系电话：{c.contact || '（未登记）'}</Text>
              <Text className="certificate-line" data-testid="certificate-number">
                证明编号：{c.number}
              </Text>
              <Text className="certificate-line">出具日期：{shanghai(c.issuedAt, 'YYYY年M月D日')}</Text>
              <View className="seal-place">（出具单位盖章）</View>
              <Text className="certificate-line muted">可在「查验志愿服务记录证明」中输入编号核验真伪。</Text>
            </View>
            <View className="card no-print">
              <Button className="btn btn-primary" data-testid="print-certificate" onClick={printPage}>
                {PRINT_LABEL}
              </Button>
            </View>
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
