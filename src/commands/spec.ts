/**
 * The one description of each command: its action metadata (action.yml is generated from it),
 * its CLI flags (the same names), and the AWS permissions it needs.
 */
import type { GithubPermissions } from './github-permissions.js';

export interface InputSpec {
  description: string;
  required?: boolean;
  /** The default, as action.yml shows it; the host applies it for the CLI and the root action. */
  default?: string;
}

export interface OutputSpec {
  description: string;
}

export interface CommandSpec {
  /** Action folder name, e.g. `start-pipeline`. */
  action: string;
  /** CLI words, e.g. `['pipeline', 'start']`. */
  cli: string[];
  /** action.yml `name`. */
  title: string;
  description: string;
  inputs: Record<string, InputSpec>;
  outputs: Record<string, OutputSpec>;
  /** The job's GITHUB_TOKEN permissions the command needs (its README lists them); every action has it. */
  githubPermissions?: GithubPermissions;
  /** IAM actions the command may call, e.g. `sagemaker:DescribePipeline`. */
  permissions: string[];
  /** action.yml branding. */
  icon?: string;
}
