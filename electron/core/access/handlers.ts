import type { HandlerGroup } from '../handlers';
import { accessView } from './authorize';

export const accessHandlers: HandlerGroup = {
  'access:get': (ctx) => accessView(ctx),
};
