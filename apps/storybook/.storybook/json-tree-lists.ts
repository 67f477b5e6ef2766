/**
 * Storybook's editor for an array arg (the args table's JSON tree, `.rejt-tree`) puts its `<li>`
 * items straight in a `<div>`, which screen readers do not announce as a list and axe refuses
 * (`listitem`). This gives such a parent `role="list"`, so the items are a list; it does nothing
 * to the elements' own markup.
 *
 * @example
 * repairJsonTreeLists(document); // once; keeps repairing trees added later
 */
export function repairJsonTreeLists(root: Document): MutationObserver {
  const repair = () => {
    for (const item of root.querySelectorAll('.rejt-tree li')) {
      const parent = item.parentElement;
      if (parent && !/^(UL|OL|MENU)$/.test(parent.tagName) && !parent.hasAttribute('role')) {
        parent.setAttribute('role', 'list');
      }
    }
  };
  repair();
  const observer = new MutationObserver(repair);
  observer.observe(root, { childList: true, subtree: true });
  return observer;
}
