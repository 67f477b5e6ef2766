import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * How a console panel reads what it shows from the box: once when it connects and again on
 * refresh (or after a step changed it), the refusal of the last read kept in `error` until the
 * next read. `read` stores what it reads in the host's own state. The round and PB election
 * panels share it.
 *
 * @example
 * private readonly loading = new PanelLoad(this, async () => {
 *   this.view = await this.box.json<PbElectionView>(this.base);
 * });
 * // in render(): ${renderPanelHeader({ …, reload: { label: t('refresh'), run: () => this.loading.run(), error: this.loading.error } })}
 */
export class PanelLoad implements ReactiveController {
  /** Why the last read failed, or `undefined`. */
  error: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly read: () => Promise<void>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.run();
  }

  /** Reads again; a failure is kept in `error`, never thrown. */
  async run(): Promise<void> {
    this.error = undefined;
    this.host.requestUpdate();
    try {
      await this.read();
    } catch (error) {
      this.error = error;
      this.host.requestUpdate();
    }
  }
}
