// The single IPC channel between the preload and main; shared so the two cannot drift apart.
export const INVOKE_CHANNEL = 'madoguchi:invoke';
