import { Cron } from 'croner';
import type { FunctionRegistry, TriggerConfig } from './function-registry';
import type { FunctionRunner, Invocation } from './function-runner';
import { parseWechatCron, triggerYear } from './wechat-cron';

/** WeChat Cloud evaluates timer triggers in Beijing time. */
const TRIGGER_TIMEZONE = 'Asia/Shanghai';

export interface ScheduledTrigger {
  functionName: string;
  triggerName: string;
  cron: string;
  nextRun: string | null;
}

export interface TriggerSchedulerOptions {
  registry: FunctionRegistry;
  runner: FunctionRunner;
  now: () => Date;
  /** Called when a scheduled (not on-demand) run fails: nobody awaits it, so it must be reported somewhere. */
  onError?: (err: unknown, functionName: string, triggerName: string) => void;
}

/** Fires the timer triggers the deployed functions declare, on schedule or on demand. */
export class TriggerScheduler {
  private jobs: { functionName: string; trigger: TriggerConfig; job: Cron }[] = [];

  constructor(private readonly opts: TriggerSchedulerOptions) {}

  start(): void {
    this.stop();
    for (const functionName of this.opts.registry.names()) {
      for (const trigger of this.timerTriggers(functionName)) {
        const cron = parseWechatCron(trigger.config);
        const job = new Cron(cron.pattern, { timezone: TRIGGER_TIMEZONE, protect: true }, () => {
          if (!cron.allowsYear(triggerYear(new Date()))) return;
          this.fire(functionName, trigger.name).catch((err) =>
            (this.opts.onError ?? defaultOnError)(err, functionName, trigger.name),
          );
        });
        this.jobs.push({ functionName, trigger, job });
      }
    }
  }

  stop(): void {
    for (const { job } of this.jobs) job.stop();
    this.jobs = [];
  }

  /** Runs one declared trigger now, as WeChat Cloud would: event `{ Type: 'Timer', TriggerName, Time }`, no caller. */
  async fire(functionName: string, triggerName: string): Promise<Invocation> {
    const trigger = this.timerTriggers(functionName).find((t) => t.name === triggerName);
    if (!trigger) throw new Error(`云函数 ${functionName} 没有名为 ${triggerName} 的定时触发器`);
    const time = this.opts
      .now()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
    return this.opts.runner.invoke(functionName, { Type: 'Timer', TriggerName: triggerName, Time: time, Message: '' });
  }

  list(): ScheduledTrigger[] {
    return this.opts.registry.names().flatMap((functionName) =>
      this.timerTriggers(functionName).map((t) => {
        const job = this.jobs.find((j) => j.functionName === functionName && j.trigger.name === t.name)?.job;
        return { functionName, triggerName: t.name, cron: t.config, nextRun: job?.nextRun()?.toISOString() ?? null };
      }),
    );
  }

  private timerTriggers(functionName: string): TriggerConfig[] {
    return (this.opts.registry.config(functionName)?.triggers ?? []).filter((t) => t.type === 'timer');
  }
}

function defaultOnError(err: unknown, functionName: string, triggerName: string): void {
  console.error(`[localcloud] 定时触发器 ${functionName}/${triggerName} 执行失败:`, err);
}
