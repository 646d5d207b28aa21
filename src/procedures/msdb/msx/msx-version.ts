// @@MICROSOFTVERSION / @TSX_Version: major * 0x1000000 + minor * 0x10000 + build.
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly build: number;
}

export function splitVersion(v: number): Version {
  return { major: Math.trunc(v / 0x1000000) & 0xff, minor: Math.trunc(v / 0x10000) & 0xff, build: v & 0xffff };
}

export function versionText(v: number): string {
  const { major, minor, build } = splitVersion(v);
  return `${major}.${minor}.${build}`;
}
