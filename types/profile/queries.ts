import { z } from 'zod';
import { defineContract } from '../common/contract';
import { docId } from '../common/validators';
import type { CorrectionView, FileView, HistoryView, ViewerView } from '../veteran/views';

/** Whose file: the caller's own, or (代办) a file the caller may act for as a family member. */
export const whose = z.object({ forVeteranId: docId.optional() }).strict();

/** 我的档案: my file, masked, with the corrections still waiting. */
export const myFile = defineContract<{ file: FileView; pending: CorrectionView[]; actingFor: boolean }>()({
  fn: 'profile',
  action: 'myFile',
  input: whose,
  errors: ['NOT_FOUND'],
});

/** My correction requests, newest first, with their state. */
export const myCorrections = defineContract<{ items: CorrectionView[] }>()({
  fn: 'profile',
  action: 'myCorrections',
  input: whose,
  errors: ['NOT_FOUND'],
});

/** Every change of my file: who, when, before and after. */
export const myHistory = defineContract<{ items: HistoryView[] }>()({
  fn: 'profile',
  action: 'myHistory',
  input: whose,
  errors: ['NOT_FOUND'],
});

/** 谁查看了我的档案: staff views, reveals of full numbers, with the reason given. */
export const fileViewers = defineContract<{ items: ViewerView[] }>()({
  fn: 'profile',
  action: 'fileViewers',
  input: whose,
  errors: ['NOT_FOUND'],
});

/** The files the caller may act for (代办) as a family member. */
export const proxyFiles = defineContract<{ items: { veteranId: string; name: string; gridName: string }[] }>()({
  fn: 'profile',
  action: 'proxyFiles',
  input: z.object({}).strict(),
});
