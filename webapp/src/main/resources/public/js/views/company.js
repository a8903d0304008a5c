// The company: the department tree, the selected department's people and their extensions, the
// forms that change them (administrators and billing managers), and the import of a CSV or Excel
// file with its problems shown per line. A department manager sees their own subtree, read-only.
import { currentRole, get, request, upload } from '../api.js';
import { h, localTime, table, tell } from '../dom.js';
import { applyTexts, t } from '../i18n.js';

const EDITORS = ['administrator', 'billing-manager'];
const PAGE = 50;

const field = (key, input) => h('label', {}, h('span', { 'data-i18n': key }), input);
const blankToNull = value => (value.trim() === '' ? null : value.trim());

/** The departments as a nested list; `select(id)` is called when one is chosen. */
function tree(departments, selected, select) {
  const known = new Set(departments.map(d => d.id));
  const below = parent => departments.filter(d => (known.has(d.parentId) ? d.parentId : null) === parent);
  const branch = parent => {
    const children = below(parent);
    return children.length === 0 ? null : h('ul', {}, children.map(d => h('li', {},
      h('button', { type: 'button', class: d.id === selected ? 'link active' : 'link', 'data-department': d.id,
        onclick: () => select(d.id) }, d.name),
      branch(d.id))));
  };
  return branch(null) ?? h('p', { class: 'muted', 'data-i18n': 'company.noDepartments' });
}

/** The import card: a file, a dry-run switch, and the outcome (a summary, or each line's problem). */
function importCard(reload) {
  const file = h('input', { type: 'file', name: 'file', accept: '.csv,.xlsx,text/csv', id: 'import-file' });
  const dryRun = h('input', { type: 'checkbox', name: 'dryRun', id: 'import-dry-run' });
  const message = h('p', { class: 'message', role: 'status', id: 'import-message' });
  const problems = h('ul', { class: 'problems', id: 'import-problems' });
  const go = h('button', { class: 'primary', type: 'button', 'data-i18n': 'company.importRun', id: 'import-run', onclick: async () => {
    problems.replaceChildren();
    if (!file.files[0]) {
      message.classList.add('error');
      message.textContent = t('company.importChoose');
      return;
    }
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const query = `file=${encodeURIComponent(file.files[0].name)}&zone=${encodeURIComponent(zone)}&dryRun=${dryRun.checked}`;
    await tell(message, async () => {
      try {
        const report = await upload(`/api/v1/org/import?${query}`, file.files[0]);
        if (!report.dryRun) {
          await reload();
        }
        return report;
      } catch (e) {
        (e.problem?.problems ?? []).forEach(p => problems.append(
          h('li', { 'data-line': p.line }, `${t('company.line')} ${p.line}: ${p.message}`)));
        throw e;
      }
    }, report => `${report.dryRun ? t('company.wouldImport') : t('company.imported')} ${report.departmentsAdded} ${t('company.departmentsAdded')}, `
      + `${report.usersAdded} ${t('company.usersAdded')}, ${report.usersUpdated} ${t('company.usersUpdated')}, `
      + `${report.assignmentsAdded} ${t('company.assignmentsAdded')}, ${report.callsReallocated} ${t('company.reallocated')}`,
    t('company.importRefused'));
  } });
  return h('div', { class: 'card', id: 'company-import' }, h('h2', { 'data-i18n': 'company.import' }),
    h('p', { class: 'muted', 'data-i18n': 'company.importHelp' }),
    h('div', { class: 'filters' }, file, h('label', { class: 'inline' }, dryRun, h('span', { 'data-i18n': 'company.dryRun' })), go),
    message, problems);
}

export async function companyView() {
  const editable = EDITORS.includes(await currentRole());
  let departments = [];
  let selected = null;
  let offset = 0;
  const treeBox = h('div', { id: 'department-tree', class: 'tree' });
  const detail = h('div', { id: 'department-detail' });
  const message = h('p', { class: 'message', role: 'status', id: 'company-message' });

  const run = (action, done = 'company.saved') => tell(message, action, () => t(done), t('error.generic'));

  async function reload() {
    departments = (await get('/api/v1/org/departments')).departments;
    if (!departments.some(d => d.id === selected)) {
      selected = departments[0]?.id ?? null;
    }
    await draw();
  }

  async function select(id) {
    selected = id;
    offset = 0;
    await draw();
  }

  async function draw() {
    treeBox.replaceChildren(tree(departments, selected, select),
      editable ? departmentForm(null, null, 'company.addTop', 'new-top-department') : null);
    const department = departments.find(d => d.id === selected);
    detail.replaceChildren(department ? await departmentDetail(department) : h('p', { class: 'muted', 'data-i18n': 'company.choose' }));
    applyTexts(treeBox);
    applyTexts(detail);
  }

  /** Adds a department under `parentId`, or renames and moves `department`. */
  function departmentForm(department, parentId, buttonKey, id) {
    const name = h('input', { name: 'name', required: true, value: department?.name ?? '', autocomplete: 'off' });
    const parent = h('select', { name: 'parentId' }, h('option', { value: '', 'data-i18n': 'company.topLevel' }),
      departments.filter(d => d.id !== department?.id).map(d => h('option', { value: d.id, selected: d.id === (department?.parentId ?? parentId) }, d.name)));
    const form = h('form', { class: 'filters', id }, field('company.name', name),
      department || parentId !== null ? field('company.parent', parent) : null,
      h('button', { class: 'primary', type: 'submit', 'data-i18n': buttonKey }));
    form.addEventListener('submit', event => {
      event.preventDefault();
      const body = { name: name.value.trim(), parentId: parent.value === '' ? (department ? null : parentId) : Number(parent.value) };
      run(async () => {
        const saved = department ? await request('PUT', `/api/v1/org/departments/${department.id}`, body)
          : await request('POST', '/api/v1/org/departments', body);
        selected = saved.id;
        await reload();
      });
    });
    return form;
  }

  async function departmentDetail(department) {
    const search = h('input', { name: 'q', type: 'search', id: 'user-search', autocomplete: 'off' });
    const people = h('div', { id: 'user-rows' });
    const personFormBox = h('div', { id: 'person-form-box' });

    async function listPeople() {
      const q = search.value.trim() === '' ? '' : `&q=${encodeURIComponent(search.value.trim())}`;
      const page = await get(`/api/v1/org/users?department=${department.id}&limit=${PAGE}&offset=${offset}${q}`);
      people.replaceChildren(
        page.items.length === 0 ? h('p', { class: 'muted', 'data-i18n': 'company.noPeople' })
          : table(['company.person', 'company.employeeId', 'company.email', 'company.extensions', ''],
            page.items.map(p => [p.name, p.employeeId ?? '—', p.email ?? '—', extensions(p),
              editable ? h('span', { class: 'actions' },
                h('button', { type: 'button', 'data-i18n': 'company.edit', 'data-edit-user': p.id, onclick: () => showPersonForm(p) }),
                h('button', { type: 'button', 'data-i18n': 'company.delete', 'data-delete-user': p.id,
                  onclick: () => run(async () => { await request('DELETE', `/api/v1/org/users/${p.id}`); await listPeople(); }, 'company.deleted') })) : '']),
            [], [2], r => ({ 'data-user': page.items[r].id })),
        h('p', { class: 'muted' }, `${page.total} ${t('company.people')}`,
          offset > 0 ? h('button', { type: 'button', 'data-i18n': 'cdrs.prev', onclick: () => { offset -= PAGE; listPeople(); } }) : null,
          offset + PAGE < page.total ? h('button', { type: 'button', 'data-i18n': 'cdrs.next', onclick: () => { offset += PAGE; listPeople(); } }) : null));
      applyTexts(people);
    }

    /** A person's extensions; a current one can be removed (a wrong assignment) by an editor. */
    function extensions(person) {
      return h('span', {}, person.extensions.map(e => h('span', { class: e.until ? 'muted extension' : 'extension', 'data-extension': e.number },
        e.number, ' ', h('small', {}, `${t('company.since')} ${localTime(e.validFrom)}${e.until ? ` → ${localTime(e.until)}` : ''}`),
        editable ? h('button', { type: 'button', class: 'link', title: t('company.unassign'), 'data-unassign': e.number,
          onclick: () => run(async () => {
            await request('DELETE', `/api/v1/org/extensions/${encodeURIComponent(e.number)}?validFrom=${encodeURIComponent(e.validFrom)}`);
            await listPeople();
          }, 'company.deleted') }, '×') : null)),
      editable ? h('button', { type: 'button', class: 'link', 'data-i18n': 'company.assign', 'data-assign': person.id,
        onclick: () => showExtensionForm(person) }) : null);
    }

    /** Adds a person to the department, or edits `person` (moving them is choosing another department). */
    function showPersonForm(person) {
      const name = h('input', { name: 'name', required: true, value: person?.name ?? '', autocomplete: 'off' });
      const employeeId = h('input', { name: 'employeeId', value: person?.employeeId ?? '', autocomplete: 'off' });
      const email = h('input', { name: 'email', type: 'email', value: person?.email ?? '', autocomplete: 'off' });
      const move = h('select', { name: 'departmentId' }, departments.map(d => h('option', { value: d.id, selected: d.id === (person?.departmentId ?? department.id) }, d.name)));
      const form = h('form', { class: 'filters', id: 'person-form' }, field('company.person', name), field('company.employeeId', employeeId),
        field('company.email', email), field('company.department', move),
        h('button', { class: 'primary', type: 'submit', 'data-i18n': person ? 'company.save' : 'company.addPerson' }));
      form.addEventListener('submit', event => {
        event.preventDefault();
        const body = { name: name.value.trim(), departmentId: Number(move.value), employeeId: blankToNull(employeeId.value), email: blankToNull(email.value) };
        run(async () => {
          await (person ? request('PUT', `/api/v1/org/users/${person.id}`, body) : request('POST', '/api/v1/org/users', body));
          form.reset();
          await listPeople();
        });
      });
      personFormBox.replaceChildren(h('h3', { 'data-i18n': person ? 'company.editPerson' : 'company.newPerson' }), form);
      applyTexts(personFormBox);
    }

    function showExtensionForm(person) {
      const number = h('input', { name: 'number', required: true, inputmode: 'tel', autocomplete: 'off' });
      const from = h('input', { name: 'validFrom', type: 'datetime-local' });
      const form = h('form', { class: 'filters', id: 'extension-form' }, field('company.extension', number), field('company.validFrom', from),
        h('button', { class: 'primary', type: 'submit', 'data-i18n': 'company.assign' }));
      form.addEventListener('submit', event => {
        event.preventDefault();
        const validFrom = from.value ? new Date(from.value).toISOString() : null;
        run(async () => {
          await request('POST', `/api/v1/org/users/${person.id}/extensions`, { number: number.value.trim(), validFrom });
          await listPeople();
          showPersonForm(null);
        });
      });
      personFormBox.replaceChildren(h('h3', {}, `${t('company.assignTo')} ${person.name}`), form,
        h('p', { class: 'muted', 'data-i18n': 'company.validFromHelp' }));
      applyTexts(personFormBox);
    }

    search.addEventListener('input', () => { offset = 0; listPeople(); });
    await listPeople();
    if (editable) {
      showPersonForm(null);
    }
    const parent = departments.find(d => d.id === department.parentId);
    return h('div', {},
      h('h2', { id: 'department-name' }, department.name, parent ? h('small', { class: 'muted' }, ` · ${parent.name}`) : null),
      editable ? h('details', {}, h('summary', { 'data-i18n': 'company.editDepartment' }),
        departmentForm(department, null, 'company.save', 'department-form'),
        departmentForm(null, department.id, 'company.addSub', 'sub-department-form'),
        h('button', { type: 'button', 'data-i18n': 'company.deleteDepartment', id: 'delete-department',
          onclick: () => run(async () => { await request('DELETE', `/api/v1/org/departments/${department.id}`); await reload(); }, 'company.deleted') })) : null,
      h('div', { class: 'filters' }, field('company.search', search)),
      people, editable ? personFormBox : null);
  }

  await reload();
  return [h('section', { id: 'company' }, h('h1', { 'data-i18n': 'company.title' }),
    editable ? null : h('p', { class: 'muted', 'data-i18n': 'company.readOnly' }),
    message,
    h('div', { class: 'split' }, h('div', { class: 'card' }, h('h2', { 'data-i18n': 'company.departments' }), treeBox),
      h('div', { class: 'card' }, detail)),
    editable ? importCard(reload) : null)];
}
