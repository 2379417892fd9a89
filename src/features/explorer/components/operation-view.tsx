import { useMemo, useState } from 'react';
import { Alert, Button, Group, Kbd, List, Paper, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useHotkeys } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { operationUrl } from '../../../o2g/catalogue';
import type { ExplorerOperation } from '../../../o2g/catalogue/join';
import { useActAs } from '../../../lib/use-act-as';
import { useCarriedValues, useExplorerHistory } from '../api/explorer-store';
import { useSendOperation } from '../api/use-send-operation';
import type { BodyValues } from '../model/body-form';
import { formPath } from '../model/body-form';
import { describeSchema } from '../model/form-model';
import type { BodyProblem } from '../model/form-values';
import { checkBody, cleanValue, emptyValue } from '../model/form-values';
import { missingParams, paramValue } from '../model/param-values';
import { AnswerView } from './answer-view';
import { BodyEditor } from './body-editor';
import { CopyAsMenu } from './copy-as-menu';
import { OperationHeader } from './operation-header';
import { ParamFields } from './param-fields';

interface OperationViewProps {
  operation: ExplorerOperation;
  baseUrl: string;
  admin: boolean;
  sessionLogin: string;
  /** A body to start from instead of the example (a request opened from the Inspector). */
  draftBody?: { body: unknown };
}

const takesRawBody = (operation: ExplorerOperation) =>
  !operation.body &&
  operation.source === 'wadl' &&
  (operation.method === 'POST' || operation.method === 'PUT');

/**
 * One operation: its parameters (kept in the page URL, so the link opens it prefilled), its body as a
 * form drawn from the contract's schema, the send button (or Ctrl/⌘+Enter) and the last answer.
 * Nothing is sent while a field is wrong: each problem is shown at its field first.
 */
export function OperationView({ operation, baseUrl, admin, sessionLogin, draftBody }: OperationViewProps) {
  const [search, setSearch] = useSearchParams();
  const [actAs, setActAs] = useActAs();
  const carried = useCarriedValues();
  const history = useExplorerHistory();
  const run = useSendOperation();
  const spec = useMemo(() => (operation.body ? describeSchema(operation.body) : undefined), [operation.body]);
  // A message belongs to the attempt that made it: once the request is edited, the last answer is
  // labelled as the previous request's, and the list of problems goes until the next send.
  const [editedSinceSend, setEditedSinceSend] = useState(false);
  const noteEdit = () => {
    setEditedSinceSend(true);
    setProblems([]);
  };
  const form = useForm<BodyValues>({
    mode: 'controlled',
    initialValues: {
      body: draftBody ? draftBody.body : (operation.example ?? (spec ? emptyValue(spec) : undefined)),
    },
    onValuesChange: noteEdit,
  });
  const [paramErrors, setParamErrors] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<BodyProblem[]>([]);

  const values = Object.fromEntries(
    operation.params.map((param) => [
      param.name,
      paramValue(param, search.get(param.name), actAs, sessionLogin),
    ]),
  );
  const setParam = (name: string, value: string) => {
    noteEdit();
    setParamErrors(({ [name]: _, ...rest }) => rest);
    if (operation.params.find((param) => param.name === name)?.actAs) return setActAs(value || null);
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  };
  const hasBody = Boolean(operation.body) || takesRawBody(operation);
  const body = () => {
    const raw = form.getValues().body;
    return spec ? cleanValue(raw, spec) : raw;
  };
  const built = operationUrl(baseUrl, operation, values);

  const send = () => {
    const missing = missingParams(operation.params, values);
    setParamErrors(missing);
    const found = operation.body ? checkBody(operation.body, body()) : [];
    setProblems(found);
    form.setErrors(
      Object.fromEntries(
        found.map((problem) => [formPath(problem.path ? problem.path.split('.') : []), problem.message]),
      ),
    );
    if (Object.keys(missing).length > 0 || found.length > 0 || !('url' in built)) return;
    setEditedSinceSend(false);
    run.mutate({ operation, url: built.url, params: values, body: hasBody ? body() : undefined });
  };
  useHotkeys([['mod+Enter', send]], []);

  const answer = history.find((entry) => entry.operationId === operation.id);
  return (
    <Stack gap="md">
      <OperationHeader operation={operation} admin={admin} />
      <Paper withBorder p="md">
        <Stack gap="md">
          <ParamFields
            params={operation.params}
            values={values}
            errors={paramErrors}
            carried={carried}
            onChange={setParam}
          />
          {hasBody && <BodyEditor spec={spec} form={form} carried={carried} />}
          {problems.length > 0 && (
            <Alert color="red" title="Not sent: fix these fields first" role="alert">
              <List size="sm">
                {problems.map((problem) => (
                  <List.Item key={`${problem.path}:${problem.message}`}>
                    {problem.path || 'body'}: {problem.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="xs">
              <Button onClick={send} loading={run.isPending}>
                Send
              </Button>
              <Text size="xs" c="dimmed">
                or <Kbd>Ctrl</Kbd>/<Kbd>⌘</Kbd> + <Kbd>Enter</Kbd>
              </Text>
            </Group>
            {'url' in built && (
              <CopyAsMenu method={operation.method} url={built.url} body={hasBody ? body() : undefined} />
            )}
          </Group>
        </Stack>
      </Paper>
      {answer ? (
        <>
          {editedSinceSend && (
            <Text size="sm" c="dimmed" role="status">
              This answer is to the request as it was sent, before your last change. Send to see the new one.
            </Text>
          )}
          <AnswerView answer={answer} />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          No answer yet in this session.
        </Text>
      )}
    </Stack>
  );
}
