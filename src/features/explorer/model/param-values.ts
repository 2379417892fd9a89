import type { OperationParam } from '../../../o2g/catalogue';

/**
 * The value a parameter starts with: `?loginName=` always follows "Act as"; a value in the page URL (a
 * deep link, or one the person typed) comes next; a `{loginName}` in the path falls back to the user
 * acted as, or the session's own login; anything else starts from the lab's example.
 */
export function paramValue(
  param: OperationParam,
  fromUrl: string | null,
  actAs: string | undefined,
  sessionLogin: string,
): string {
  if (param.actAs) return actAs ?? '';
  if (fromUrl !== null) return fromUrl;
  if (param.name === 'loginName') return actAs ?? sessionLogin;
  return param.example ?? '';
}

/** A message per required parameter left empty. */
export function missingParams(
  params: readonly OperationParam[],
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  return Object.fromEntries(
    params
      .filter((param) => param.required && !values[param.name]?.trim())
      .map((param) => [param.name, `${param.name} is required.`]),
  );
}
