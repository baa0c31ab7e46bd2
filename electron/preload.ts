import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL } from '../shared/bridge';
import { createBridge } from './ipc/preload-api';

/**
 * Runs sandboxed, before the page: exposes `window.pendamping` with one named async function
 * per channel (see electron/ipc/preload-api.ts). No ipcRenderer, no generic invoke, no
 * channel chosen by the page. Bundled with its dependencies (electron.vite.config.ts), since a
 * sandboxed preload cannot load node_modules.
 */
contextBridge.exposeInMainWorld(
  BRIDGE_GLOBAL,
  createBridge((channel, input) => ipcRenderer.invoke(channel, input)),
);
