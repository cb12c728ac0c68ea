// The part of fs-native-extensions Warrant uses (the package ships no types).
declare module "fs-native-extensions" {
  /** Takes an exclusive (or shared) OS lock on an open file without waiting; false when someone else holds it. */
  export function tryLock(fd: number, exclusive?: boolean): boolean;
  export function unlock(fd: number): void;
  const fsx: { tryLock: typeof tryLock; unlock: typeof unlock };
  export default fsx;
}
