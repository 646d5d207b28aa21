// The node's services as T-SQL sees them (src/engine/node-services.ts; sys.dm_server_services,
// xp_servicecontrol): the database engine is this process, running since the node started; SQL
// Server Agent runs inside it when the node starts its agent (`msxd serve` without --no-agent:
// startup Automatic, else Disabled). Created before the engine, since the engine is created
// before the listener and the agent only after it: until the agent host is attached, an enabled
// agent is starting.
import { userInfo } from 'node:os';
import type { NodeServices, ServiceState } from '../engine';
import type { AgentHost } from './agent-host';

export class NodeServiceState implements NodeServices {
  private agentHost: AgentHost | undefined;
  private readonly engine: ServiceState;

  constructor(startedAt: Date, private readonly agentEnabled: boolean) {
    this.engine = {
      status: 'running', startup: 'automatic', processId: process.pid, startedAt, account: processAccount(),
      filename: [process.execPath, process.argv[1]].filter((p) => p !== undefined).join(' '),
    };
  }

  attachAgent(host: AgentHost): void {
    this.agentHost = host;
  }

  snapshot(): { readonly engine: ServiceState; readonly agent: ServiceState } {
    return { engine: this.engine, agent: this.agent() };
  }

  private agent(): ServiceState {
    const base = { account: this.engine.account, filename: this.engine.filename };
    if (!this.agentEnabled) return { ...base, status: 'stopped', startup: 'disabled', processId: null, startedAt: null };
    const { status, startedAt } = this.agentHost?.serviceStatus() ?? { status: 'starting', startedAt: null };
    return { ...base, status, startup: 'automatic', processId: status === 'stopped' ? null : process.pid, startedAt };
  }
}

/** the account the node runs as; some containers have no passwd entry for the uid */
function processAccount(): string {
  try {
    return userInfo().username;
  } catch {
    return String(process.getuid?.() ?? '');
  }
}
