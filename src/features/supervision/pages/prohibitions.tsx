import '../supervision.css';
import { useEffect, useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { mayAnywhere } from '../../../lib/auth/policy';
import { getProhibitions, saveProhibitions } from '@types-contract/supervision/recruitment';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { ErrorView } from '../../../app-shell/error-view';
import { useAction, useQuery } from '../../../lib/cloud';
import { TextAreaField } from '../../../components/text-area-field';
import { BusyButton } from '../../../components/busy-button';

/** 十个严禁: supervisors read them; the office keeps them current. */
export default function ProhibitionsPage() {
  const me = useQuery(whoami, {});
  const list = useQuery(getProhibitions, {});
  const save = useAction(saveProhibitions);
  const [draft, setDraft] = useState<string[] | null>(null);
  const isOffice = mayAnywhere(me.data, 'recruitment:manage');
  useEffect(() => {
    if (save.data) setDraft(null);
  }, [save.data]);
  return (
    <PageShell>
      <QueryView query={list}>
        {({ items }) => {
          const shown = save.data?.items ?? items;
          return draft ? (
            <View className="card">
              {draft.map((text, i) => (
                <TextAreaField
                  maxlength={1000}
                  key={i}
                  name={`items.${i}`}
                  label={`第${i + 1}条`}
                  value={text}
                  placeholder="严禁……"
                  error={save.error?.fieldErrors[`items.${i}`]}
                  onChange={(v) => setDraft(draft.map((t, j) => (j === i ? v : t)))}
                />
              ))}
              {save.error && !save.error.field ? <ErrorView error={save.error} /> : null}
              <BusyButton
                className="btn btn-primary"
                busy={save.loading}
                onClick={() => void save.run({ items: draft })}
              >
                保存
              </BusyButton>
              <Button className="btn btn-plain" onClick={() => setDraft(null)}>
                取消
              </Button>
            </View>
          ) : (
            <View className="card" data-testid="prohibitions">
              <Text className="card-title">征兵工作“十个严禁”</Text>
              {shown.map((text, i) => (
                <Text key={i} className="text-block prohibition">
                  {i + 1}. {text}
                </Text>
              ))}
              {isOffice ? (
                <Button className="btn btn-plain" onClick={() => setDraft(shown)}>
                  修改
                </Button>
              ) : null}
            </View>
          );
        }}
      </QueryView>
    </PageShell>
  );
}
