import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { whoami } from '@types-contract/account/whoami';
import { ledgerSettings, updateLedgerSettings } from '@types-contract/ledger/settings';
import { FILE_SECTIONS, SECTION_LABELS, type FileSection } from '@types-contract/veteran/fields';
import { KEY_GROUP_LABELS, KEY_GROUPS } from '@types-contract/veteran/ledger-rules';
import { PageShell } from '../../../app-shell/page-shell';
import { QueryView } from '../../../app-shell/query-view';
import { BusyButton } from '../../../components/busy-button';
import { FieldError } from '../../../components/field-error';
import { MultiChips } from '../../../components/multi-chips';
import { TextField } from '../../../components/text-field';
import { mayAnywhere } from '../../../lib/auth/policy';
import { useAction, useQuery, errorBeside, errorOn } from '../../../lib/cloud';
import { RecomputeCard } from '../components/recompute-card';

/** How each key group is known: aged 80+ from the birth date, the others marked by the grid team. */
const KEY_GROUP_SOURCE: Record<(typeof KEY_GROUPS)[number], string> = {
  aged80: '按出生日期自动计算',
  hardship: '网格员标记',
  contribution: '网格员标记',
  decorated: '网格员标记',
};

/**
 * 台账规则: what counts as a complete file (the sections it must hold: the 建档率 counts those files) and how
 * often files are verified (重点人群 more often). Every staff member reads them; the district's staff
 * change them, after which every grid's figures are recomputed (followed here with 进度).
 */
export default function LedgerRulesPage() {
  const rules = useQuery(ledgerSettings, {});
  const me = useQuery(whoami, {});
  const editable = me.data ? mayAnywhere(me.data, 'ledger:settings') : false;
  const save = useAction(updateLedgerSettings);
  const [sections, setSections] = useState<FileSection[]>([]);
  const [verify, setVerify] = useState('');
  const [keyVerify, setKeyVerify] = useState('');
  // Each save restarts the recompute: the card is mounted afresh to follow the new run.
  const [saves, setSaves] = useState(0);
  useEffect(() => {
    if (!rules.data) return;
    setSections(rules.data.requiredSections);
    setVerify(String(rules.data.verifyMonths));
    setKeyVerify(String(rules.data.keyGroupVerifyMonths));
  }, [rules.data]);
  const err = (f: string) => errorOn(save.error, f);
  const submit = async () => {
    const { confirm } = await Taro.showModal({
      title: '保存台账规则',
      content: '保存后将按新规则重新计算全区各网格的建档率和统计数字，需要几分钟。确定保存吗？',
      confirmText: '保存',
      cancelText: '再想想',
    });
    if (!confirm) return;
    const done = await save.run({
      requiredSections: FILE_SECTIONS.filter((s) => sections.includes(s)),
      verifyMonths: Number(verify),
      keyGroupVerifyMonths: Number(keyVerify),
    });
    if (done) {
      setSaves((n) => n + 1);
      void Taro.showToast({ title: '已保存', icon: 'success' });
      rules.retry();
    }
  };
  return (
    <PageShell>
      <RecomputeCard key={saves} enabled={editable} onDone={rules.retry} />
      <QueryView query={rules}>
        {(r) => (
          <View data-testid="ledger-rules">
            <View className="card">
              <Text className="card-title">档案完整的标准</Text>
              <Text className="muted text-block">
                档案填齐下列各项、并经网格员核实，才算完整。建档率 = 在册人员中档案完整的人数 ÷ 在册人数。
              </Text>
              {editable ? (
                <MultiChips
                  name="requiredSections"
                  label="必须填写的内容"
                  options={FILE_SECTIONS}
                  labels={SECTION_LABELS}
                  value={sections}
                  error={err('requiredSections')}
                  onChange={setSections}
                />
              ) : (
                <Text className="text-block" data-testid="required-sections">
                  {r.requiredSections.map((s) => SECTION_LABELS[s]).join('、')}
                </Text>
              )}
            </View>
            <View className="card">
              <Text className="card-title">核实周期</Text>
              <Text className="muted text-block">
                网格员按周期上门或电话核实档案，超过周期未核实的档案列为“未核实”。
              </Text>
              {editable ? (
                <>
                  <TextField
                    name="verifyMonths"
                    label="一般档案每隔几个月核实一次"
                    type="number"
                    value={verify}
                    placeholder="1至24"
                    error={err('verifyMonths')}
                    onChange={setVerify}
                  />
                  <TextField
                    name="keyGroupVerifyMonths"
                    label="重点人群每隔几个月核实一次"
                    type="number"
                    value={keyVerify}
                    placeholder="1至24"
                    error={err('keyGroupVerifyMonths')}
                    onChange={setKeyVerify}
                  />
                </>
              ) : (
                <View data-testid="verify-months">
                  <Text className="text-block">一般档案：每 {r.verifyMonths} 个月核实一次</Text>
                  <Text className="text-block">重点人群：每 {r.keyGroupVerifyMonths} 个月核实一次</Text>
                </View>
              )}
              <Text className="field-label">重点人群包括</Text>
              {KEY_GROUPS.map((g) => (
                <Text key={g} className="text-block">
                  {KEY_GROUP_LABELS[g]}（{KEY_GROUP_SOURCE[g]}）
                </Text>
              ))}
            </View>
            {editable ? (
              <View className="card">
                <FieldError
                  name="rules"
                  error={errorBeside(save.error, ['requiredSections', 'verifyMonths', 'keyGroupVerifyMonths'])}
                />
                <BusyButton
                  className="btn btn-primary"
                  data-testid="save-rules"
                  busy={save.loading}
                  onClick={() => void submit()}
                >
                  保存规则
                </BusyButton>
              </View>
            ) : (
              <View className="card">
                <Text className="muted text-block">台账规则由区退役军人事务局统一设置。</Text>
              </View>
            )}
          </View>
        )}
      </QueryView>
    </PageShell>
  );
}
