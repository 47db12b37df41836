import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import { exportVolunteers } from '@types-contract/activities/volunteer-list';
import { BusyButton } from '../../../components/busy-button';
import { useAction } from '../../../lib/cloud';
import { deliverExport } from '../../../lib/exports/deliver-export';

/**
 * 导出名册: the node's volunteers in the columns of the national volunteer system's batch import; masked for
 * organisers, 完整导出 (ID numbers and phones, which that system needs) for street and district staff.
 */
export function VolunteerExportCard({ orgId, canFull }: { orgId: string; canFull: boolean }) {
  const [reason, setReason] = useState('');
  const exporter = useAction(exportVolunteers);
  const run = async (full: boolean) => {
    const done = await exporter.run({ orgId, full, reason });
    if (done) await deliverExport(done);
  };
  const done = exporter.data;
  return (
    <View className="card" data-testid="volunteer-export">
      <Text className="card-title">导出名册</Text>
      <Text className="text-block muted">
        按全国志愿服务信息系统批量导入的格式导出，另附累计服务时长、服务次数、培训和表彰。
      </Text>
      <View className="field">
        <Text className="field-label">导出原因</Text>
        <Input
          className="field-input"
          name="volunteerExportReason"
          value={reason}
          placeholder="例如：报送区民政局"
          onInput={(e) => setReason(e.detail.value)}
        />
        {exporter.error ? <Text className="field-error">{exporter.error.message}</Text> : null}
      </View>
      <BusyButton className="btn btn-plain btn-wrap" busy={exporter.loading} onClick={() => void run(false)}>
        导出名册（隐去身份证号和电话）
      </BusyButton>
      {canFull ? (
        <BusyButton className="btn btn-plain btn-wrap" busy={exporter.loading} onClick={() => void run(true)}>
          完整导出（含完整身份证号和电话）
        </BusyButton>
      ) : null}
      {done ? (
        <View data-testid="volunteer-export-done">
          <Text className="text-block">
            已{done.masked ? '导出' : '完整导出'} {done.rows} 人：{done.fileName}
          </Text>
          <Button className="btn btn-plain btn-small" onClick={() => void deliverExport(done)}>
            再次下载（10分钟内有效）
          </Button>
        </View>
      ) : null}
      <Text className="muted">每次导出都会记入审计记录（导出人、时间和原因）。</Text>
    </View>
  );
}
