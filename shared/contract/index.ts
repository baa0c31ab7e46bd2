import type { z } from 'zod';
import { caseChannels } from './cases';
import { clientChannels } from './clients';
import { regionChannels } from './regions';
import { settingsChannels } from './settings';
import { workerChannels } from './workers';
import { visitChannels } from './visits';
import { pasungChannels } from './pasung';
import { disabilityChannels } from './disability';
import { taskChannels } from './tasks';
import { timelineChannels } from './timeline';
import { attachmentChannels } from './attachments';
import { dashboardChannels } from './dashboard';
import { institutionChannels } from './institutions';
import { referralChannels } from './referrals';
import { letterChannels } from './letters';
import { backupChannels } from './backups';
import { exportChannels } from './exports';
import { importChannels } from './imports';
import { consentChannels } from './consent';
import { erasureChannels } from './erasure';
import { auditChannels } from './audit';
import { accessChannels } from './access';
import { sessionChannels } from './session';

export * from './common';
export * from './clients';
export * from './cases';
export * from './workers';
export * from './regions';
export * from './settings';
export * from './visits';
export * from './pasung';
export * from './disability';
export * from './tasks';
export * from './timeline';
export * from './attachments';
export * from './dashboard';
export * from './institutions';
export * from './referrals';
export * from './letters';
export * from './backups';
export * from './exports';
export * from './imports';
export * from './consent';
export * from './erasure';
export * from './audit';
export * from './access';
export * from './session';

/** Every channel of the core, by name `domain:verb`. The doors expose exactly these. */
export const channels = {
  ...clientChannels,
  ...caseChannels,
  ...workerChannels,
  ...regionChannels,
  ...settingsChannels,
  ...visitChannels,
  ...pasungChannels,
  ...disabilityChannels,
  ...taskChannels,
  ...timelineChannels,
  ...attachmentChannels,
  ...dashboardChannels,
  ...institutionChannels,
  ...referralChannels,
  ...letterChannels,
  ...backupChannels,
  ...exportChannels,
  ...importChannels,
  ...consentChannels,
  ...erasureChannels,
  ...auditChannels,
  ...accessChannels,
  ...sessionChannels,
};

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<K extends ChannelName> = z.input<Channels[K]['input']>;
export type ChannelParsed<K extends ChannelName> = z.output<Channels[K]['input']>;
export type ChannelResult<K extends ChannelName> = NonNullable<Channels[K]['result']>;

export const channelNames = Object.keys(channels) as ChannelName[];
export const isChannelName = (name: unknown): name is ChannelName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
