import { useEffect, useRef, useState } from 'react';
import type { Audit } from '../../../../shared/domain/audit';
import {
  GAPS,
  practiceByKey,
  type GapKey,
  type PracticeAnswer,
} from '../../../../shared/framework';
import { useAppStoreApi } from '../../store/StoreProvider';
import { useAppStore } from '../../store/useAppStore';
import type { useSerialSaves } from './useSerialSaves';
import { answerText } from './workshopView';

/** The one text field the workshop may have open: a reason, a note or a gap's missing text. */
export type Editor =
  | { kind: 'reason'; practiceKey: string; text: string; error: string | null }
  | { kind: 'note'; practiceKey: string; text: string; error: string | null }
  | { kind: 'missing'; gapKey: GapKey; text: string; error: string | null };

export const FIELD_ID: Record<Editor['kind'], string> = {
  reason: 'ws-reason-field',
  note: 'ws-note-field',
  missing: 'ws-missing-field',
};

const sameTarget = (a: Editor | null, b: Editor | null): boolean =>
  a !== null &&
  b !== null &&
  a.kind === b.kind &&
  (a.kind === 'missing'
    ? a.gapKey === (b as typeof a).gapKey
    : a.practiceKey === (b as typeof a).practiceKey);

const titleOf = (practiceKey: string): string => practiceByKey(practiceKey)?.title ?? practiceKey;
const gapTitleOf = (key: GapKey): string => GAPS.find((g) => g.key === key)?.title ?? key;

interface Options extends Pick<ReturnType<typeof useSerialSaves>, 'save' | 'inform'> {
  audit: Audit;
  focusList: () => void;
}

/**
 * The workshop's open text field and its saving: a note or missing text is saved when the room
 * moves on or leaves, a reason when Enter is pressed; a refused save keeps the text and says why.
 */
export function useWorkshopEditor({ audit, save, inform, focusList }: Options) {
  const storeApi = useAppStoreApi();
  const setPractice = useAppStore((s) => s.setPractice);
  const setGapMissing = useAppStore((s) => s.setGapMissing);
  const [editor, setEditorState] = useState<Editor | null>(null);
  // Async handlers (a save that finishes later) read the editor through this ref.
  const editorRef = useRef<Editor | null>(null);
  const committing = useRef<Promise<boolean> | null>(null);

  const setEditor = (next: Editor | null) => {
    editorRef.current = next;
    setEditorState(next);
  };
  const focusEditor = () => {
    const ed = editorRef.current;
    if (ed) document.getElementById(FIELD_ID[ed.kind])?.focus();
  };
  /** The audit as the store holds it now (handlers may run after a save changed it). */
  const latestAudit = (): Audit =>
    storeApi.getState().auditsByProject[audit.projectId]?.find((a) => a.id === audit.id) ?? audit;

  /** Opens the field of `kind` with the text the store holds now. */
  const open = (kind: Editor['kind'], gapKey: GapKey, practiceKey: string) => {
    const current = latestAudit();
    if (kind === 'missing') {
      setEditor({ kind, gapKey, text: current.missing[gapKey], error: null });
    } else if (kind === 'note') {
      const note = current.practices[practiceKey]?.note ?? '';
      setEditor({ kind, practiceKey, text: note, error: null });
    } else {
      const answer = current.practices[practiceKey]?.answer;
      const reason = answer?.kind === 'not_applicable' ? answer.reason : '';
      setEditor({ kind, practiceKey, text: reason, error: null });
    }
  };

  /** Saves an open note or missing-text editor; false (text kept, error shown) if refused. */
  const commitText = (returnToList: boolean): Promise<boolean> => {
    const ed = editorRef.current;
    if (ed === null || ed.kind === 'reason') return Promise.resolve(true);
    if (committing.current) {
      // A save of this text is already on its way (blur, then Escape): wait for it.
      return committing.current.then((ok) => {
        if (ok && returnToList && editorRef.current === null) focusList();
        return ok;
      });
    }
    const run = (async () => {
      const current = latestAudit();
      const saved =
        ed.kind === 'note'
          ? (current.practices[ed.practiceKey]?.note ?? '')
          : current.missing[ed.gapKey];
      let ok = true;
      let error: string | null = null;
      if (ed.text !== saved) {
        const r =
          ed.kind === 'note'
            ? await save(`note on “${titleOf(ed.practiceKey)}”`, () =>
                setPractice({ auditId: audit.id, practiceKey: ed.practiceKey, note: ed.text }),
              )
            : await save(`what is missing in “${gapTitleOf(ed.gapKey)}”`, () =>
                setGapMissing({ auditId: audit.id, gapKey: ed.gapKey, missing: ed.text }),
              );
        ok = r.ok;
        if (!r.ok) error = r.error.message;
      }
      const now = editorRef.current;
      if (!sameTarget(now, ed) || now === null) return ok;
      if (!ok) {
        setEditor({ ...now, error });
        return false;
      }
      // Text typed while the save was on its way stays in the field, to be saved next.
      if (now.text === ed.text) {
        setEditor(null);
        if (returnToList) focusList();
      }
      return true;
    })();
    committing.current = run;
    void run.finally(() => {
      if (committing.current === run) committing.current = null;
    });
    return run;
  };

  const commitReason = async (): Promise<boolean> => {
    const ed = editorRef.current;
    if (ed === null || ed.kind !== 'reason') return true;
    const reason = ed.text.trim();
    if (reason === '') {
      setEditor({ ...ed, error: 'A reason is required: say why this practice does not apply.' });
      inform('error', 'Not saved: “not applicable” needs a reason.');
      return false;
    }
    const answer: PracticeAnswer = { kind: 'not_applicable', reason };
    const r = await save(`“${titleOf(ed.practiceKey)}”: ${answerText(answer)}`, () =>
      setPractice({ auditId: audit.id, practiceKey: ed.practiceKey, answer }),
    );
    const now = editorRef.current;
    if (!sameTarget(now, ed) || now === null) return r.ok;
    if (!r.ok) {
      setEditor({ ...now, error: r.error.message });
      return false;
    }
    setEditor(null);
    focusList();
    return true;
  };

  const cancelReason = () => {
    if (editorRef.current?.kind === 'reason') setEditor(null);
    focusList();
  };

  /** Runs `then` once no editor is open: moving on saves the text first, or stays if refused. */
  const afterEditors = (then: () => void) => {
    const ed = editorRef.current;
    if (ed === null) return then();
    if (ed.kind === 'reason') {
      setEditor(null);
      return then();
    }
    void commitText(false).then((ok) => (ok ? then() : focusEditor()));
  };

  /**
   * Before leaving: saves the open text (a reason only if one was typed); false, with the field
   * focused again, if the save was refused.
   */
  const closeForLeaving = async (): Promise<boolean> => {
    const ed = editorRef.current;
    if (ed?.kind === 'reason') {
      if (ed.text.trim() !== '' && !(await commitReason())) {
        focusEditor();
        return false;
      }
      setEditor(null);
    } else if (ed !== null && !(await commitText(false))) {
      focusEditor();
      return false;
    }
    return true;
  };

  // Leaving by another way (a global shortcut, the history) still saves an open text.
  useEffect(() => {
    const editorBox = editorRef;
    return () => {
      const ed = editorBox.current;
      if (ed === null || ed.kind === 'reason') return;
      const store = storeApi.getState();
      const current = store.auditsByProject[audit.projectId]?.find((a) => a.id === audit.id);
      if (ed.kind === 'note' && current?.practices[ed.practiceKey]?.note !== ed.text) {
        void store.setPractice({ auditId: audit.id, practiceKey: ed.practiceKey, note: ed.text });
      } else if (ed.kind === 'missing' && current?.missing[ed.gapKey] !== ed.text) {
        void store.setGapMissing({ auditId: audit.id, gapKey: ed.gapKey, missing: ed.text });
      }
    };
  }, [audit.id, audit.projectId, storeApi]);

  return {
    editor,
    setEditor,
    open,
    commitText,
    commitReason,
    cancelReason,
    afterEditors,
    closeForLeaving,
  };
}
