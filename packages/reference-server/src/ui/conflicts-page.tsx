import { Layout, Scroll } from './layout.js';
import { message, withNotice, type UiRoutes } from './ui-context.js';
import { CsrfField } from './csrf-field.js';

/** The review queue: merge as alias, keep separate or rename each pending conflict. */
export function registerConflictsPage({ app, read, admin, context }: UiRoutes): void {
  const { services } = context;
  app.get('/ui/conflicts', read, async (c) => {
    const conflicts = await services.engine.sink.reader.all<Record<string, unknown>>(
      `SELECT * FROM entity_conflicts WHERE status = 'pending' ORDER BY detected_at DESC, id DESC`,
    );
    const notice = c.req.query('notice');
    return c.html(
      <Layout title="Conflicts" active="/ui/conflicts">
        <h1>Conflicts waiting for review ({conflicts.length})</h1>
        {notice ? <div class="notice">{notice}</div> : null}
        <Scroll>
          <table id="conflicts">
            <thead>
              <tr>
                <th>id</th>
                <th>new name</th>
                <th>existing</th>
                <th>similarity</th>
                <th>reason</th>
                <th>resolve</th>
              </tr>
            </thead>
            <tbody>
              {conflicts.map((k) => (
                <tr>
                  <td>{String(k.id)}</td>
                  <td>{String(k.candidate_name)}</td>
                  <td>{String(k.existing_name)}</td>
                  <td>{Number(k.similarity).toFixed(2)}</td>
                  <td>{String(k.reason)}</td>
                  <td>
                    <form
                      method="post"
                      action={`/ui/conflicts/${String(k.id)}/resolve`}
                      class="inline"
                    >
                      <CsrfField />
                      <button name="action" value="merge" type="submit">
                        Merge as alias
                      </button>{' '}
                      <button name="action" value="keep_separate" type="submit" class="secondary">
                        Keep separate
                      </button>{' '}
                      <input name="newName" placeholder="new name" size={14} />{' '}
                      <button name="action" value="rename" type="submit" class="secondary">
                        Rename
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      </Layout>,
    );
  });
  app.post('/ui/conflicts/:id/resolve', admin, async (c) => {
    const form = await c.req.parseBody();
    const action = String(form.action ?? '') as 'merge' | 'keep_separate' | 'rename';
    const newName = String(form.newName ?? '').trim() || undefined;
    if (!services.catalog) return c.redirect(withNotice('/ui/conflicts', 'No discovery service'));
    try {
      await services.catalog.resolveConflict(Number(c.req.param('id')), { action, newName });
      return c.redirect(
        withNotice(
          '/ui/conflicts',
          `Conflict ${c.req.param('id')} resolved (${action.replace('_', ' ')}).`,
        ),
      );
    } catch (e) {
      return c.redirect(withNotice('/ui/conflicts', message(e)));
    }
  });
}
