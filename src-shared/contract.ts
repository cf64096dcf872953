// Every IPC channel, declared once. Each area keeps its channels in contract/<area>.ts; this file
// is the one list both ends derive their types from, so a wrong channel name or input shape is a
// compile error in the renderer and in main alike.
import type { z } from 'zod';
import type { ChannelDef } from './contract/channel';
import { sessionChannels } from './contract/session';
import { staffChannels } from './contract/staff';
import { citizenChannels } from './contract/citizen';
import { libraryChannels } from './contract/library';
import { identityChannels } from './contract/identity';
import { counterDeskChannels } from './contract/counter-desk';
import { eventChannels } from './contract/events';
import { operationsChannels } from './contract/operations';
import { printChannels } from './contract/print';
import { exportChannels } from './contract/exports';
import { lendingChannels } from './contract/lending';
import { addressChannels } from './contract/address';
import { catalogueChannels } from './contract/catalogue';
import { statisticsChannels } from './contract/statistics';

export const contract = {
  ...sessionChannels,
  ...staffChannels,
  ...citizenChannels,
  ...libraryChannels,
  ...identityChannels,
  ...counterDeskChannels,
  ...eventChannels,
  ...operationsChannels,
  ...printChannels,
  ...exportChannels,
  ...lendingChannels,
  ...addressChannels,
  ...catalogueChannels,
  ...statisticsChannels,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What the caller sends (before normalisation). */
export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
/** What a handler receives (after normalisation by the schema). */
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export * from './contract/channel';
export * from './contract/session';
