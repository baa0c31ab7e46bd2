export { createSenderCheck, FORBIDDEN_SENDER, registerIpc } from './register';
export type { CoreLike, InvokeEventLike, IpcMainLike, RegisterIpcOptions, SenderFrameLike } from './register';
