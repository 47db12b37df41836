import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { publishNotice } from '@types-contract/notices/contracts';
import { NOTICE_CATEGORIES, NOTICE_LIMITS } from '@types-contract/notices/model';
import type { ScopeOption } from '@types-contract/notices/views';
import { PageShell } from '../../../../app-shell/page-shell';
import { routeUrl } from '../../../../app-shell/route-paths';
import { useAction } from '../../../../lib/cloud';
import { NoticeFields, onNoticeField } from '../components/notice-fields';
import { ScopePicker } from '../components/scope-picker';
import { useNoticeImages } from '../use-notice-images';
import { AppSwitch } from '../../../../components/app-switch';
import { BusyButton } from '../../../../components/busy-button';

const EXPIRY_DAYS = [7, 15, 30, 90, 180, 365];

/** 发布通知: one notice to every group under the chosen scope. */
export default function PublishNoticePage() {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [category, setCategory] = useState(0);
  const [expiry, setExpiry] = useState(2);
  const [requireAck, setRequireAck] = useState(false);
  const [scope, setScope] = useState<ScopeOption | null>(null);
  const publish = useAction(publishNotice);
  const images = useNoticeImages([], publish.error);
  const submit = async () => {
    if (!scope) return void Taro.showToast({ title: '请选择发布范围', icon: 'none' });
    if (images.progress) return void Taro.showToast({ title: '图片还在上传，请稍候', icon: 'none' });
    const done = await publish.run({
      title,
      body,
      category: NOTICE_CATEGORIES[category],
      expiresInDays: EXPIRY_DAYS[expiry],
      requireAck,
      scopeOrgId: scope.orgId,
      imageFileIds: images.fileIds,
    });
    if (done) void Taro.redirectTo({ url: `${routeUrl('noticeDetail')}?id=${done.noticeId}` });
  };
  return (
    <PageShell>
      <View className="card">
        <NoticeFields
          titlePlaceholder={`不超过${NOTICE_LIMITS.titleMax}个字`}
          title={title}
          body={body}
          onTitle={setTitle}
          onBody={setBody}
          images={images}
          error={publish.error}
        />
        <Picker
          mode="selector"
          range={[...NOTICE_CATEGORIES]}
          value={category}
          onChange={(e) => setCategory(Number(e.detail.value))}
        >
          <View className="row">
            <Text>类别</Text>
            <Text className="muted">{NOTICE_CATEGORIES[category]} ›</Text>
          </View>
        </Picker>
        <Picker
          mode="selector"
          range={EXPIRY_DAYS.map((d) => `${d}天`)}
          value={expiry}
          onChange={(e) => setExpiry(Number(e.detail.value))}
        >
          <View className="row">
            <Text>有效期</Text>
            <Text className="muted">{EXPIRY_DAYS[expiry]}天 ›</Text>
          </View>
        </Picker>
        <View className="row">
          <Text>需要阅读人确认（需确认）</Text>
          <AppSwitch label="需要阅读人确认" checked={requireAck} onChange={setRequireAck} />
        </View>
      </View>
      <View className="card">
        <ScopePicker value={scope} onChange={setScope} />
      </View>
      <View className="card">
        {publish.error && !onNoticeField(publish.error) ? (
          <Text className="field-error">{publish.error.message}</Text>
        ) : null}
        <BusyButton className="btn btn-primary" busy={publish.loading} onClick={() => void submit()}>
          发布
        </BusyButton>
      </View>
    </PageShell>
  );
}
