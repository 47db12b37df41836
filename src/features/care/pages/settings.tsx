import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Button, Text, View } from '@tarojs/components';
import { getCareSettings, updateCareSettings, type CareSettingsView } from '@types-contract/care/tasks';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { TextField } from '../../../components/text-field';
import { useAction, useQuery, errorOn, errorBeside } from '../../../lib/cloud';
import { OccasionRow } from '../components/occasion-row';
import { FieldError } from '../../../components/field-error';

/** The district sets the six-mandatory-visit occasions (name, days, on/off) and how often each veteran is contacted. */
export default function CareSettingsPage() {
  const current = useQuery(getCareSettings, {});
  const save = useAction(updateCareSettings);
  const [draft, setDraft] = useState<CareSettingsView | null>(null);
  useEffect(() => {
    if (current.data && !draft) setDraft(current.data);
  }, [current.data, draft]);
  const err = (f: string) => errorOn(save.error, f);
  const occasionError = (i: number) => errorOn(save.error, `occasions.${i}`);
  const submit = async () => {
    if (!draft) return;
    const out = await save.run(draft);
    if (out) {
      setDraft(out);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    }
  };
  return (
    <PageShell>
      <QueryView query={current}>
        {() =>
          draft ? (
            <>
              <View className="card" data-testid="occasions">
                <Text className="card-title">六必访事由</Text>
                <Text className="muted">
                  网格员登记事由、诉求承办人标记或档案登记去世后，系统按这里的天数生成走访任务。
                </Text>
                {draft.occasions.map((o, i) => (
                  <OccasionRow
                    key={o.key}
                    value={o}
                    error={occasionError(i)}
                    onChange={(v) =>
                      setDraft({ ...draft, occasions: draft.occasions.map((x, j) => (j === i ? v : x)) })
                    }
                  />
                ))}
              </View>
              <View className="card">
                <Text className="card-title">联系周期</Text>
                <TextField
                  name="contactDays"
                  label="一般人员：超过几天未联系提醒网格员"
                  type="number"
                  value={String(draft.contactDays)}
                  placeholder="90"
                  error={err('contactDays')}
                  onChange={(v) => setDraft({ ...draft, contactDays: Number(v || 0) })}
                />
                <TextField
                  name="keyGroupContactDays"
                  label="重点人群：超过几天未联系提醒网格员"
                  type="number"
                  value={String(draft.keyGroupContactDays)}
                  placeholder="30"
                  error={err('keyGroupContactDays')}
                  onChange={(v) => setDraft({ ...draft, keyGroupContactDays: Number(v || 0) })}
                />
                <FieldError
                  name="settings"
                  error={errorBeside(save.error, ['contactDays', 'keyGroupContactDays', 'occasions'])}
                />
                <FieldError error={errorOn(save.error, 'occasions')} />
                <Button
                  className="btn btn-primary"
                  data-testid="save-settings"
                  disabled={save.loading || undefined}
                  onClick={() => void submit()}
                >
                  保存设置
                </Button>
              </View>
            </>
          ) : null
        }
      </QueryView>
    </PageShell>
  );
}
