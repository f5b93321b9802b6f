/* eslint-disable */
// DO NOT EDIT. Generated from schemas/workflow.schema.json by scripts/workflow-schema.mjs.
// Regenerate with: npm run gen-types

/**
 * The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)
 */
export type OnStrict = OnStringStrict | OnSequenceStrict | OnMappingStrict;
export type OnStringStrict =
  | BranchProtectionRuleString
  | CheckRunString
  | CheckSuiteString
  | CreateString
  | DeleteString
  | DeploymentString
  | DeploymentStatusString
  | DiscussionString
  | DiscussionCommentString
  | ForkString
  | GollumString
  | ImageVersionString
  | IssueCommentString
  | IssuesString
  | LabelString
  | MergeGroupString
  | MilestoneString
  | PageBuildString
  | ProjectString
  | ProjectCardString
  | ProjectColumnString
  | PublicString
  | PullRequestString
  | PullRequestCommentString
  | PullRequestReviewString
  | PullRequestReviewCommentString
  | PullRequestTargetString
  | PushString
  | RegistryPackageString
  | ReleaseString
  | RepositoryDispatchString
  | ScheduleString
  | StatusString
  | WatchString
  | WorkflowCallString
  | WorkflowDispatchString
  | WorkflowRunString;
/**
 * Runs your workflow when branch protection rules in the workflow repository are changed.
 */
export type BranchProtectionRuleString = "branch_protection_rule";
/**
 * Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.
 */
export type CheckRunString = "check_run";
/**
 * Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.
 */
export type CheckSuiteString = "check_suite";
/**
 * Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.
 */
export type CreateString = "create";
/**
 * Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.
 */
export type DeleteString = "delete";
/**
 * Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.
 */
export type DeploymentString = "deployment";
/**
 * Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.
 */
export type DeploymentStatusString = "deployment_status";
/**
 * Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.
 */
export type DiscussionString = "discussion";
/**
 * Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.
 */
export type DiscussionCommentString = "discussion_comment";
/**
 * Runs your workflow when someone forks a repository.
 */
export type ForkString = "fork";
/**
 * Runs your workflow when someone creates or updates a Wiki page.
 */
export type GollumString = "gollum";
/**
 * Runs your workflow when an image version is created or changes state.
 */
export type ImageVersionString = "image_version";
/**
 * Runs your workflow when an issue or pull request comment is created, edited, or deleted.
 */
export type IssueCommentString = "issue_comment";
/**
 * Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.
 */
export type IssuesString = "issues";
/**
 * Runs your workflow when a label in your workflow's repository is created or modified.
 */
export type LabelString = "label";
/**
 * Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.
 */
export type MergeGroupString = "merge_group";
/**
 * Runs your workflow when a milestone in the workflow's repository is created or modified.
 */
export type MilestoneString = "milestone";
/**
 * Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.
 */
export type PageBuildString = "page_build";
/**
 * Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.
 */
export type ProjectString = "project";
/**
 * Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.
 */
export type ProjectCardString = "project_card";
/**
 * Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.
 */
export type ProjectColumnString = "project_column";
/**
 * Runs your workflow when your workflow's repository changes from private to public.
 */
export type PublicString = "public";
/**
 * Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.
 */
export type PullRequestString = "pull_request";
/**
 * Please use the `issue_comment` event instead.
 */
export type PullRequestCommentString = "pull_request_comment";
/**
 * Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.
 */
export type PullRequestReviewString = "pull_request_review";
export type PullRequestReviewCommentString = "pull_request_review_comment";
/**
 * Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.
 *
 * This event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.
 */
export type PullRequestTargetString = "pull_request_target";
/**
 * Runs your workflow when you push a commit or tag.
 */
export type PushString = "push";
/**
 * Runs your workflow when activity related to GitHub Packages occurs in your repository.
 */
export type RegistryPackageString = "registry_package";
/**
 * Runs your workflow when release activity in your repository occurs.
 */
export type ReleaseString = "release";
/**
 * You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.
 */
export type RepositoryDispatchString = "repository_dispatch";
/**
 * The `schedule` event allows you to trigger a workflow at a scheduled time.
 *
 * You can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.
 */
export type ScheduleString = "schedule";
/**
 * Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.
 */
export type StatusString = "status";
/**
 * Runs your workflow when the workflow's repository is starred.
 */
export type WatchString = "watch";
/**
 * The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.
 */
export type WorkflowCallString = "workflow_call";
/**
 * The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.
 */
export type WorkflowDispatchString = "workflow_dispatch";
/**
 * This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.
 */
export type WorkflowRunString = "workflow_run";
export type OnSequenceStrict = OnStringStrict[];
/**
 * Runs your workflow when branch protection rules in the workflow repository are changed.
 */
export type BranchProtectionRule = null | BranchProtectionRuleMapping;
/**
 * The types of branch protection rule activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.
 */
export type BranchProtectionRuleActivity =
  BranchProtectionRuleActivityType | BranchProtectionRuleActivityTypes;
export type BranchProtectionRuleActivityType = "created" | "edited" | "deleted";
export type BranchProtectionRuleActivityTypes = BranchProtectionRuleActivityType[];
/**
 * Runs your workflow when activity related to a check run occurs. A check run is an individual test that is part of a check suite.
 */
export type CheckRun = null | CheckRunMapping;
/**
 * The types of check run activity that trigger the workflow. Supported activity types: `created`, `rerequested`, `completed`, `requested_action`.
 */
export type CheckRunActivity = CheckRunActivityType | CheckRunActivityTypes;
export type CheckRunActivityType = "completed" | "created" | "rerequested" | "requested_action";
export type CheckRunActivityTypes = CheckRunActivityType[];
/**
 * Runs your workflow when check suite activity occurs. A check suite is a collection of the check runs created for a specific commit. Check suites summarize the status and conclusion of the check runs that are in the suite.
 */
export type CheckSuite = null | CheckSuiteMapping;
/**
 * The types of check suite activity that trigger the workflow. Supported activity types: `completed`.
 */
export type CheckSuiteActivity = CheckSuiteActivityType | CheckSuiteActivityTypes;
export type CheckSuiteActivityType = "completed";
export type CheckSuiteActivityTypes = CheckSuiteActivityType[];
/**
 * Runs your workflow when someone creates a Git reference (Git branch or tag) in the workflow's repository.
 */
export type Create = null;
/**
 * Runs your workflow when someone deletes a Git reference (Git branch or tag) in the workflow's repository.
 */
export type Delete = null;
/**
 * Runs your workflow when someone creates a deployment in the workflow's repository. Deployments created with a commit SHA may not have a Git ref.
 */
export type Deployment = null;
/**
 * Runs your workflow when a third party provides a deployment status. Deployments created with a commit SHA may not have a Git ref.
 */
export type DeploymentStatus = null;
/**
 * Runs your workflow when a discussion in the workflow's repository is created or modified. For activity related to comments on a discussion, use the `discussion_comment` event.
 */
export type Discussion = null | DiscussionMapping;
/**
 * The types of discussion activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `category_changed`, `answered`, `unanswered`.
 */
export type DiscussionActivity = DiscussionActivityType | DiscussionActivityTypes;
export type DiscussionActivityType =
  | "created"
  | "edited"
  | "deleted"
  | "transferred"
  | "pinned"
  | "unpinned"
  | "labeled"
  | "unlabeled"
  | "locked"
  | "unlocked"
  | "category_changed"
  | "answered"
  | "unanswered";
export type DiscussionActivityTypes = DiscussionActivityType[];
/**
 * Runs your workflow when a comment on a discussion in the workflow's repository is created or modified. For activity related to a discussion as opposed to comments on the discussion, use the `discussion` event.
 */
export type DiscussionComment = null | DiscussionCommentMapping;
/**
 * The types of discussion comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.
 */
export type DiscussionCommentActivity =
  DiscussionCommentActivityType | DiscussionCommentActivityTypes;
export type DiscussionCommentActivityType = "created" | "edited" | "deleted";
export type DiscussionCommentActivityTypes = DiscussionCommentActivityType[];
/**
 * Runs your workflow when someone forks a repository.
 */
export type Fork = null;
/**
 * Runs your workflow when someone creates or updates a Wiki page.
 */
export type Gollum = null;
/**
 * Runs your workflow when an image version is created or changes state.
 */
export type ImageVersion = null | ImageVersionMapping;
/**
 * The types of image version activity that trigger the workflow. Supported activity types: `created`, `ready`, `deleted`.
 */
export type ImageVersionActivity = ImageVersionActivityType | ImageVersionActivityTypes;
export type ImageVersionActivityType = "created" | "ready" | "deleted";
export type ImageVersionActivityTypes = ImageVersionActivityType[];
/**
 * Use the `names` filter when you want to include names via patterns or when you want to both include and exclude names using patterns.
 */
export type EventNames = NonEmptyString | SequenceOfNonEmptyString;
export type NonEmptyString = string;
export type SequenceOfNonEmptyString = NonEmptyString[] | ExpressionString;
/**
 * A value computed by a GitHub Actions expression: `${{ ... }}`.
 */
export type ExpressionString = `${"$"}{{${string}}}`;
/**
 * Use the `versions` filter when you want to include versions via patterns or when you want to both include and exclude versions using patterns.
 */
export type EventVersions = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Runs your workflow when an issue or pull request comment is created, edited, or deleted.
 */
export type IssueComment = null | IssueCommentMapping;
/**
 * The types of issue comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.
 */
export type IssueCommentActivity = IssueCommentActivityType | IssueCommentActivityTypes;
export type IssueCommentActivityType = "created" | "edited" | "deleted";
export type IssueCommentActivityTypes = IssueCommentActivityType[];
/**
 * Runs your workflow when an issue in the workflow's repository is created or modified. For activity related to comments in an issue, use the `issue_comment` event.
 */
export type Issues = null | IssuesMapping;
/**
 * The types of issue activity that trigger the workflow. Supported activity types: `opened`, `edited`, `deleted`, `transferred`, `pinned`, `unpinned`, `closed`, `reopened`, `assigned`, `unassigned`, `labeled`, `unlabeled`, `locked`, `unlocked`, `milestoned`, `demilestoned`, `field_added`, `field_removed`, `typed`, `untyped`.
 */
export type IssuesActivity = IssuesActivityType | IssuesActivityTypes;
export type IssuesActivityType =
  | "opened"
  | "edited"
  | "deleted"
  | "transferred"
  | "pinned"
  | "unpinned"
  | "closed"
  | "reopened"
  | "assigned"
  | "unassigned"
  | "labeled"
  | "unlabeled"
  | "locked"
  | "unlocked"
  | "milestoned"
  | "demilestoned"
  | "field_added"
  | "field_removed"
  | "typed"
  | "untyped";
export type IssuesActivityTypes = IssuesActivityType[];
/**
 * Runs your workflow when a label in your workflow's repository is created or modified.
 */
export type Label = null | LabelMapping;
/**
 * The types of label activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.
 */
export type LabelActivity = LabelActivityType | LabelActivityTypes;
export type LabelActivityType = "created" | "edited" | "deleted";
export type LabelActivityTypes = LabelActivityType[];
/**
 * Runs your workflow when a pull request is added to a merge queue, which adds the pull request to a merge group.
 */
export type MergeGroup = null | MergeGroupMapping;
/**
 * The types of merge group activity that trigger the workflow. Supported activity types: `checks_requested`.
 */
export type MergeGroupActivity = MergeGroupActivityType | MergeGroupActivityTypes;
export type MergeGroupActivityType = "checks_requested";
export type MergeGroupActivityTypes = MergeGroupActivityType[];
/**
 * Use the `branches` filter when you want to include branch name patterns or when you want to both include and exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.
 */
export type EventBranches = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Use the `branches-ignore` filter when you only want to exclude branch name patterns. You cannot use both the `branches` and `branches-ignore` filters for the same event in a workflow.
 */
export type EventBranchesIgnore = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Runs your workflow when a milestone in the workflow's repository is created or modified.
 */
export type Milestone = null | MilestoneMapping;
/**
 * The types of milestone activity that trigger the workflow. Supported activity types: `created`, `closed`, `opened`, `edited`, `deleted`.
 */
export type MilestoneActivity = MilestoneActivityType | MilestoneActivityTypes;
export type MilestoneActivityType = "created" | "closed" | "opened" | "edited" | "deleted";
export type MilestoneActivityTypes = MilestoneActivityType[];
/**
 * Runs your workflow when someone pushes to a branch that is the publishing source for GitHub Pages, if GitHub Pages is enabled for the repository.
 */
export type PageBuild = null;
/**
 * Runs your workflow when a project board is created or modified. For activity related to cards or columns in a project board, use the `project_card` or `project_column` events instead.
 */
export type Project = null | ProjectMapping;
/**
 * The types of project activity that trigger the workflow. Supported activity types: `created`, `closed`, `reopened`, `edited`, `deleted`.
 */
export type ProjectActivity = ProjectActivityType | ProjectActivityTypes;
export type ProjectActivityType = "created" | "closed" | "reopened" | "edited" | "deleted";
export type ProjectActivityTypes = ProjectActivityType[];
/**
 * Runs your workflow when a card on a project board is created or modified. For activity related to project boards or columns in a project board, use the `project` or `project_column` event instead.
 */
export type ProjectCard = null | ProjectCardMapping;
/**
 * The types of project card activity that trigger the workflow. Supported activity types: `created`, `moved`, `converted`, `edited`, `deleted`.
 */
export type ProjectCardActivity = ProjectCardActivityType | ProjectCardActivityTypes;
export type ProjectCardActivityType = "created" | "moved" | "converted" | "edited" | "deleted";
export type ProjectCardActivityTypes = ProjectCardActivityType[];
/**
 * Runs your workflow when a column on a project board is created or modified. For activity related to project boards or cards in a project board, use the `project` or `project_card` event instead.
 */
export type ProjectColumn = null | ProjectColumnMapping;
/**
 * The types of project column activity that trigger the workflow. Supported activity types: `created`, `updated`, `moved`, `deleted`.
 */
export type ProjectColumnActivity = ProjectColumnActivityType | ProjectColumnActivityTypes;
export type ProjectColumnActivityType = "created" | "updated" | "moved" | "deleted";
export type ProjectColumnActivityTypes = ProjectColumnActivityType[];
/**
 * Runs your workflow when your workflow's repository changes from private to public.
 */
export type Public = null;
/**
 * Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.
 */
export type PullRequest = null | PullRequestMapping;
/**
 * The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.
 */
export type PullRequestActivity = PullRequestActivityType | PullRequestActivityTypes;
export type PullRequestActivityType =
  | "assigned"
  | "unassigned"
  | "labeled"
  | "unlabeled"
  | "opened"
  | "edited"
  | "closed"
  | "reopened"
  | "synchronize"
  | "converted_to_draft"
  | "locked"
  | "unlocked"
  | "enqueued"
  | "dequeued"
  | "milestoned"
  | "demilestoned"
  | "ready_for_review"
  | "review_requested"
  | "review_request_removed"
  | "auto_merge_enabled"
  | "auto_merge_disabled"
  | "stacked";
export type PullRequestActivityTypes = PullRequestActivityType[];
/**
 * Use the `paths` filter when you want to include file path patterns or when you want to both include and exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.
 */
export type EventPaths = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Use the `paths-ignore` filter when you only want to exclude file path patterns. You cannot use both the `paths` and `paths-ignore` filters for the same event in a workflow.
 */
export type EventPathsIgnore = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Please use the `issue_comment` event instead.
 */
export type PullRequestComment = null | IssueCommentMapping;
/**
 * Runs your workflow when a pull request review is submitted, edited, or dismissed. A pull request review is a group of pull request review comments in addition to a body comment and a state. For activity related to pull request review comments or pull request comments, use the `pull_request_review_comment` or `issue_comment` events instead.
 */
export type PullRequestReview = null | PullRequestReviewMapping;
/**
 * The types of pull request review activity that trigger the workflow. Supported activity types: `submitted`, `edited`, `dismissed`.
 */
export type PullRequestReviewActivity =
  PullRequestReviewActivityType | PullRequestReviewActivityTypes;
export type PullRequestReviewActivityType = "submitted" | "edited" | "dismissed";
export type PullRequestReviewActivityTypes = PullRequestReviewActivityType[];
export type PullRequestReviewComment = null | PullRequestReviewCommentMapping;
/**
 * The types of pull request review comment activity that trigger the workflow. Supported activity types: `created`, `edited`, `deleted`.
 */
export type PullRequestReviewCommentActivity =
  PullRequestReviewCommentActivityType | PullRequestReviewCommentActivityTypes;
export type PullRequestReviewCommentActivityType = "created" | "edited" | "deleted";
export type PullRequestReviewCommentActivityTypes = PullRequestReviewCommentActivityType[];
/**
 * Runs your workflow when activity on a pull request in the workflow's repository occurs. If no activity types are specified, the workflow runs when a pull request is opened, reopened, or when the head branch of the pull request is updated.
 *
 * This event runs in the context of the base of the pull request, rather than in the context of the merge commit, as the `pull_request` event does. This prevents execution of unsafe code from the head of the pull request that could alter your repository or steal any secrets you use in your workflow. This event allows your workflow to do things like label or comment on pull requests from forks. Avoid using this event if you need to build or run code from the pull request.
 */
export type PullRequestTarget = null | PullRequestTargetMapping;
/**
 * The types of pull request activity that trigger the workflow. Supported activity types: `assigned`, `unassigned`, `labeled`, `unlabeled`, `opened`, `edited`, `closed`, `reopened`, `synchronize`, `converted_to_draft`, `locked`, `unlocked`, `enqueued`, `dequeued`, `milestoned`, `demilestoned`, `ready_for_review`, `review_requested`, `review_request_removed`, `auto_merge_enabled`, `auto_merge_disabled`, `stacked`.
 */
export type PullRequestTargetActivity =
  PullRequestTargetActivityType | PullRequestTargetActivityTypes;
export type PullRequestTargetActivityType =
  | "assigned"
  | "unassigned"
  | "labeled"
  | "unlabeled"
  | "opened"
  | "edited"
  | "closed"
  | "reopened"
  | "synchronize"
  | "converted_to_draft"
  | "locked"
  | "unlocked"
  | "enqueued"
  | "dequeued"
  | "milestoned"
  | "demilestoned"
  | "ready_for_review"
  | "review_requested"
  | "review_request_removed"
  | "auto_merge_enabled"
  | "auto_merge_disabled"
  | "stacked";
export type PullRequestTargetActivityTypes = PullRequestTargetActivityType[];
/**
 * Runs your workflow when you push a commit or tag.
 */
export type Push = null | PushMapping;
/**
 * Use the `tags` filter when you want to include tag name patterns or when you want to both include and exclude tag names patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.
 */
export type EventTags = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Use the `tags-ignore` filter when you only want to exclude tag name patterns. You cannot use both the `tags` and `tags-ignore` filters for the same event in a workflow.
 */
export type EventTagsIgnore = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Runs your workflow when activity related to GitHub Packages occurs in your repository.
 */
export type RegistryPackage = null | RegistryPackageMapping;
/**
 * The types of registry package activity that trigger the workflow. Supported activity types: `published`, `updated`.
 */
export type RegistryPackageActivity = RegistryPackageActivityType | RegistryPackageActivityTypes;
export type RegistryPackageActivityType = "published" | "updated";
export type RegistryPackageActivityTypes = RegistryPackageActivityType[];
/**
 * Runs your workflow when release activity in your repository occurs.
 */
export type Release = null | ReleaseMapping;
/**
 * The types of release activity that trigger the workflow. Supported activity types: `published`, `unpublished`, `created`, `edited`, `deleted`, `prereleased`, `released`.
 */
export type ReleaseActivity = ReleaseActivityType | ReleaseActivityTypes;
export type ReleaseActivityType =
  "published" | "unpublished" | "created" | "edited" | "deleted" | "prereleased" | "released";
export type ReleaseActivityTypes = ReleaseActivityType[];
/**
 * You can use the GitHub API to trigger a webhook event called `repository_dispatch` when you want to trigger a workflow for activity that happens outside of GitHub.
 */
export type RepositoryDispatch = null | RepositoryDispatchMapping;
/**
 * A cron expression that represents a schedule. A scheduled workflow will run at most once every 5 minutes.
 */
export type CronPattern = string;
/**
 * A string that represents the time zone a scheduled workflow will run relative to in IANA format (e.g. 'America/New_York' or 'Europe/London'). If omitted, the workflow will run relative to midnight UTC.
 */
export type TimezoneString = string;
/**
 * The `schedule` event allows you to trigger a workflow at a scheduled time.
 *
 * You can schedule a workflow to run at specific UTC times using POSIX cron syntax. Scheduled workflows run on the latest commit on the default or base branch. The shortest interval you can run scheduled workflows is once every 5 minutes. GitHub Actions does not support the non-standard syntax `@yearly`, `@monthly`, `@weekly`, `@daily`, `@hourly`, and `@reboot`.
 */
export type Schedule = CronMapping[];
/**
 * Runs your workflow when the status of a Git commit changes. For example, commits can be marked as `error`, `failure`, `pending`, or `success`. If you want to provide more details about the status change, you may want to use the `check_run` event.
 */
export type Status = null;
/**
 * Runs your workflow when the workflow's repository is starred.
 */
export type Watch = null | WatchMapping;
/**
 * The types of watch activity that trigger the workflow. Supported activity types: `started`.
 */
export type WatchActivity = WatchActivityType | WatchActivityTypes;
export type WatchActivityType = "started";
export type WatchActivityTypes = WatchActivityType[];
/**
 * The `workflow_call` event is used to indicate that a workflow can be called by another workflow. When a workflow is triggered with the `workflow_call` event, the event payload in the called workflow is the same event payload from the calling workflow.
 */
export type WorkflowCall = null | WorkflowCallMapping;
/**
 * Required if input is defined for the `on.workflow_call` keyword. The value of this parameter is a string specifying the data type of the input. This must be one of: `boolean`, `number`, or `string`.
 */
export type WorkflowCallInputType = InputTypeString | InputTypeBoolean | InputTypeNumber;
export type InputTypeString = "string";
export type InputTypeBoolean = "boolean";
export type InputTypeNumber = "number";
/**
 * If a `default` parameter is not set, the default value of the input is `false` for boolean, `0` for a number, and `""` for a string.
 */
export type WorkflowCallInputDefault =
  (string | (boolean | ExpressionString) | (number | ExpressionString)) | ExpressionString;
export type WorkflowCallSecretDefinition = null | WorkflowCallSecretMappingDefinition;
/**
 * The value to assign to the output parameter.
 */
export type WorkflowOutputContext = string;
/**
 * The `workflow_dispatch` event allows you to manually trigger a workflow run. A workflow can be manually triggered using the GitHub API, GitHub CLI, or GitHub browser interface.
 */
export type WorkflowDispatch = null | WorkflowDispatchMapping;
/**
 * A string representing the type of the input. This must be one of: `boolean`, `number`, `string`, `choice`, or `environment`.
 */
export type WorkflowDispatchInputType =
  InputTypeString | InputTypeBoolean | InputTypeNumber | InputTypeEnvironment | InputTypeChoice;
export type InputTypeEnvironment = "environment";
export type InputTypeChoice = "choice";
/**
 * The default value is used when an input parameter isn't specified in a workflow file.
 */
export type WorkflowDispatchInputDefault = string | boolean | number;
/**
 * The options of the dropdown list, if the type is a choice.
 */
export type SequenceOfString = string[];
/**
 * This event occurs when a workflow run is requested or completed. It allows you to execute a workflow based on execution or completion of another workflow. The workflow started by the `workflow_run` event is able to access secrets and write tokens, even if the previous workflow was not. This is useful in cases where the previous workflow is intentionally not privileged, but you need to take a privileged action in a later workflow.
 */
export type WorkflowRun = null | WorkflowRunMapping;
/**
 * The types of workflow run activity that trigger the workflow. Supported activity types: `completed`, `requested`, `in_progress`.
 */
export type WorkflowRunActivity = WorkflowRunActivityType | WorkflowRunActivityTypes;
export type WorkflowRunActivityType = "requested" | "completed" | "in_progress";
export type WorkflowRunActivityTypes = WorkflowRunActivityType[];
/**
 * The name of the workflow that triggers the `workflow_run` event. The workflow must be in the same repository as the workflow that uses the `workflow_run` event.
 */
export type WorkflowRunWorkflows = NonEmptyString | SequenceOfNonEmptyString;
/**
 * The name of the workflow that GitHub displays on your repository's 'Actions' tab.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#name)
 */
export type WorkflowName = string;
/**
 * A description for your workflow or reusable workflow
 */
export type WorkflowDescription = string;
/**
 * The name for workflow runs generated from the workflow. GitHub displays the workflow run name in the list of workflow runs on your repository's 'Actions' tab.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#run-name)
 */
export type RunName = string;
/**
 * Use `shell` to override the default shell settings in the runner's operating system. You can use built-in shell keywords, or you can define a custom set of shell options. The shell command that is run internally executes a temporary file that contains the commands specified in `run`.
 */
export type Shell = string;
/**
 * The `working-directory` keyword specifies the working directory where the command is run.
 */
export type WorkingDirectory = string;
/**
 * A map of environment variables that are available to the steps of all jobs in the workflow. You can also set environment variables that are only available to the steps of a single job or to a single step.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#env)
 */
export type WorkflowEnv =
  | {
      [k: string]: string | number | boolean;
    }
  | ExpressionString;
/**
 * You can use `permissions` to modify the default permissions granted to the `GITHUB_TOKEN`, adding or removing access as required, so that you only allow the minimum required access.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#permissions)
 */
export type Permissions =
  PermissionsMapping | PermissionLevelShorthandReadAll | PermissionLevelShorthandWriteAll;
/**
 * Actions workflows, workflow runs, and artifacts.
 */
export type PermissionLevelAny =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * The permission level for the `GITHUB_TOKEN`. Grants `read` permission for the specified scope.
 */
export type PermissionLevelRead = "read";
/**
 * The permission level for the `GITHUB_TOKEN`. Grants `write` permission for the specified scope.
 */
export type PermissionLevelWrite = "write";
/**
 * The permission level for the `GITHUB_TOKEN`. Restricts all access for the specified scope.
 */
export type PermissionLevelNoAccess = "none";
/**
 * Storage and deployment records for build artifacts.
 */
export type PermissionLevelAny1 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Artifact attestations.
 */
export type PermissionLevelAny2 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Check runs and check suites.
 */
export type PermissionLevelAny3 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Code quality data.
 */
export type PermissionLevelAny4 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Repository contents, commits, branches, downloads, releases, and merges.
 */
export type PermissionLevelAny5 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * GitHub Copilot requests.
 */
export type PermissionLevelWriteOrNoAccess = PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Deployments and deployment statuses.
 */
export type PermissionLevelAny6 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Discussions and related comments and labels.
 */
export type PermissionLevelAny7 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * GitHub Drives persistent workspace storage. Use `read` for checkout and `write` to commit changes.
 */
export type PermissionLevelAny8 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Token to request an OpenID Connect token.
 */
export type PermissionLevelWriteOrNoAccess1 = PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Issues and related comments, assignees, labels, and milestones.
 */
export type PermissionLevelAny9 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Call AI models with GitHub Models.
 */
export type PermissionLevelReadOrNoAccess = PermissionLevelRead | PermissionLevelNoAccess;
/**
 * Packages published to the GitHub Package Platform.
 */
export type PermissionLevelAny10 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Retrieve Pages statuses, configuration, and builds, as well as create new builds.
 */
export type PermissionLevelAny11 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Pull requests and related comments, assignees, labels, milestones, and merges.
 */
export type PermissionLevelAny12 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Classic projects within a repository.
 */
export type PermissionLevelAny13 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Code scanning alerts.
 */
export type PermissionLevelAny14 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Commit statuses.
 */
export type PermissionLevelAny15 =
  PermissionLevelRead | PermissionLevelWrite | PermissionLevelNoAccess;
/**
 * Dependabot alerts.
 */
export type PermissionLevelReadOrNoAccess1 = PermissionLevelRead | PermissionLevelNoAccess;
/**
 * The permission level for the `GITHUB_TOKEN`. Grants `read` access for all scopes.
 */
export type PermissionLevelShorthandReadAll = "read-all";
/**
 * The permission level for the `GITHUB_TOKEN`. Grants `write` access for all scopes.
 */
export type PermissionLevelShorthandWriteAll = "write-all";
/**
 * Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.
 *
 * You can also specify `concurrency` at the job level.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)
 */
export type WorkflowConcurrency = (string | ConcurrencyMapping) | ExpressionString;
/**
 * Concurrency ensures that only a single job or workflow using the same concurrency group will run at a time. A concurrency group can be any string or expression.
 *
 * You can also specify `concurrency` at the job level.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#concurrency)
 */
export type ConcurrencyMapping =
  | {
      group: NonEmptyString1;
      /**
       * To cancel any currently running job or workflow in the same concurrency group, specify cancel-in-progress: true.
       */
      "cancel-in-progress"?: boolean | ExpressionString;
      queue?: ConcurrencyQueue;
    }
  | ExpressionString;
/**
 * When a concurrent job or workflow is queued, if another job or workflow using the same concurrency group in the repository is in progress, the queued job or workflow will be `pending`. Any previously pending job or workflow in the concurrency group will be canceled. To also cancel any currently running job or workflow in the same concurrency group, specify `cancel-in-progress: true`.
 */
export type NonEmptyString1 = string;
/**
 * The queuing mode for the concurrency group. When set to `max`, workflows or jobs will wait in a queue for the concurrency group up to the maximum queue length. Default: `single` meaning at most one item can be pending.
 */
export type ConcurrencyQueue = ("single" | "max") | ExpressionString;
/**
 * Each job must have an id to associate with the job. The key `job_id` is a string and its value is a map of the job's configuration data. You must replace `<job_id>` with a string that is unique to the jobs object. The `<job_id>` must start with a letter or _ and contain only alphanumeric characters, -, or _.
 */
export type Job = JobFactory | WorkflowJob;
/**
 * Use `needs` to identify any jobs that must complete successfully before this job will run. It can be a string or array of strings. If a job fails, all jobs that need it are skipped unless the jobs use a conditional expression that causes the job to continue. If a run contains a series of jobs that need each other, a failure applies to all jobs in the dependency chain from the point of failure onwards.
 */
export type Needs = SequenceOfNonEmptyString | NonEmptyString;
/**
 * You can use the `if` conditional to prevent a job from running unless a condition is met. You can use any supported context and expression to create a conditional.
 */
export type JobIf = string;
/**
 * Use `strategy` to use a matrix strategy for your jobs. A matrix strategy lets you use variables in a single job definition to automatically create multiple job runs that are based on the combinations of the variables.
 */
export type Strategy =
  | {
      /**
       * Setting `fail-fast` to `false` prevents GitHub from canceling all in-progress jobs if any matrix job fails. Default: `true`
       */
      "fail-fast"?: boolean | ExpressionString;
      /**
       * The maximum number of jobs that can run simultaneously when using a matrix job strategy. By default, GitHub will maximize the number of jobs run in parallel depending on runner availability.
       */
      "max-parallel"?: number | ExpressionString;
      matrix?: Matrix;
    }
  | ExpressionString;
/**
 * Use `matrix` to define a matrix of different job configurations. Within your matrix, define one or more variables followed by an array of values.
 */
export type Matrix =
  | {
      include?: MatrixFilter;
      exclude?: MatrixFilter1;
      [k: string]: unknown[] | ExpressionString | MatrixFilter | MatrixFilter1 | undefined;
    }
  | ExpressionString;
/**
 * Use `include` to expand existing matrix configurations or to add new configurations. The value of `include` is a list of objects.
 *
 * For each object in the `include` list, the key:value pairs in the object will be added to each of the matrix combinations if none of the key:value pairs overwrite any of the original matrix values. If the object cannot be added to any of the matrix combinations, a new matrix combination will be created instead. Note that the original matrix values will not be overwritten, but added matrix values can be overwritten.
 */
export type MatrixFilter = MatrixFilterItem[] | ExpressionString;
export type MatrixFilterItem =
  | {
      [k: string]: unknown;
    }
  | ExpressionString;
/**
 * To remove specific configurations defined in the matrix, use `exclude`. An excluded configuration only has to be a partial match for it to be excluded.
 */
export type MatrixFilter1 = MatrixFilterItem[] | ExpressionString;
/**
 * The name of the job displayed on GitHub.
 */
export type StringStrategyContext = string;
/**
 * Use `runs-on` to define the type of machine to run the job on.
 * * The destination machine can be either a GitHub-hosted runner, larger runner, or a self-hosted runner.
 * * You can target runners based on the labels assigned to them, or their group membership, or a combination of these.
 * * You can provide `runs-on` as a single string or as an array of strings.
 * * If you specify an array of strings, your workflow will execute on any runner that matches all of the specified `runs-on` values.
 * * If you would like to run your workflow on multiple machines, use `jobs.<job_id>.strategy`.
 */
export type RunsOn = (NonEmptyString | SequenceOfNonEmptyString | RunsOnMapping) | ExpressionString;
export type RunsOnMapping =
  | {
      group?: NonEmptyString2;
      labels?: RunsOnLabels;
    }
  | ExpressionString;
/**
 * The group from which to select a runner.
 */
export type NonEmptyString2 = string;
/**
 * The label by which to filter for available runners.
 */
export type RunsOnLabels = (NonEmptyString | SequenceOfNonEmptyString) | ExpressionString;
/**
 * The maximum number of minutes to let a workflow run before GitHub automatically cancels it. Default: 360
 */
export type NumberStrategyContext = number | ExpressionString;
export type NumberStrategyContext1 = number | ExpressionString;
/**
 * Prevents a workflow run from failing when a job fails. Set to true to allow a workflow run to pass when this job fails.
 */
export type BooleanStrategyContext = boolean | ExpressionString;
/**
 * A container to run any steps in a job that don't already specify a container. If you have steps that use both script and container actions, the container actions will run as sibling containers on the same network with the same volume mounts.
 *
 * If you do not set a container, all steps will run directly on the host specified by runs-on unless a step refers to an action configured to run in a container.
 */
export type Container = (string | ContainerMapping) | ExpressionString;
export type ContainerMapping =
  | {
      image?: NonEmptyString3;
      /**
       * Use `jobs.<job_id>.container.options` to configure additional Docker container resource options.
       */
      options?: string;
      env?: ContainerEnv;
      ports?: SequenceOfNonEmptyString1;
      volumes?: SequenceOfNonEmptyString2;
      credentials?: ContainerRegistryCredentials;
    }
  | ExpressionString;
/**
 * Use `jobs.<job_id>.container.image` to define the Docker image to use as the container to run the action. The value can be the Docker Hub image or a registry name.
 */
export type NonEmptyString3 = string;
/**
 * Use `jobs.<job_id>.container.env` to set a map of variables in the container.
 */
export type ContainerEnv =
  | {
      [k: string]: StringRunnerContext;
    }
  | ExpressionString;
export type StringRunnerContext = string;
/**
 * Use `jobs.<job_id>.container.ports` to set an array of ports to expose on the container.
 */
export type SequenceOfNonEmptyString1 = NonEmptyString[] | ExpressionString;
/**
 * Use `jobs.<job_id>.container.volumes` to set an array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host.
 */
export type SequenceOfNonEmptyString2 = NonEmptyString[] | ExpressionString;
/**
 * If the image's container registry requires authentication to pull the image, you can use `jobs.<job_id>.container.credentials` to set a map of the username and password. The credentials are the same values that you would provide to the `docker login` command.
 */
export type ContainerRegistryCredentials =
  | {
      username?: NonEmptyString;
      password?: NonEmptyString;
    }
  | ExpressionString;
/**
 * Additional containers to host services for a job in a workflow. These are useful for creating databases or cache services like redis. The runner on the virtual machine will automatically create a network and manage the life cycle of the service containers. When you use a service container for a job or your step uses container actions, you don't need to set port information to access the service. Docker automatically exposes all ports between containers on the same network. When both the job and the action run in a container, you can directly reference the container by its hostname. The hostname is automatically mapped to the service name. When a step does not use a container action, you must access the service using localhost and bind the ports.
 */
export type Services =
  | {
      [k: string]: ServicesContainer;
    }
  | ExpressionString;
export type ServicesContainer = (NonEmptyString | ServiceContainerMapping) | ExpressionString;
export type ServiceContainerMapping =
  | {
      image?: NonEmptyString4;
      /**
       * Additional Docker container resource options.
       */
      options?: string;
      env?: ContainerEnv;
      ports?: SequenceOfNonEmptyString3;
      volumes?: SequenceOfNonEmptyString4;
      credentials?: ContainerRegistryCredentials;
      /**
       * Override the default ENTRYPOINT in the service container image.
       */
      entrypoint?: string;
      /**
       * Override the default CMD in the service container image.
       */
      command?: string;
    }
  | ExpressionString;
/**
 * The Docker image to use as the container. The value can be the Docker Hub image or a registry name.
 */
export type NonEmptyString4 = string;
/**
 * An array of ports to expose on the container.
 */
export type SequenceOfNonEmptyString3 = NonEmptyString[] | ExpressionString;
/**
 * An array of volumes for the container to use. You can use volumes to share data between services or other steps in a job. You can specify named Docker volumes, anonymous Docker volumes, or bind mounts on the host.
 */
export type SequenceOfNonEmptyString4 = NonEmptyString[] | ExpressionString;
/**
 * A map of variables that are available to all steps in the job.
 */
export type JobEnv =
  | {
      [k: string]: string | number | boolean;
    }
  | ExpressionString;
/**
 * The environment that the job references. All environment protection rules must pass before a job referencing the environment is sent to a runner.
 */
export type JobEnvironment = (string | JobEnvironmentMapping) | ExpressionString;
export type JobEnvironmentMapping =
  | {
      name: JobEnvironmentName;
      url?: StringRunnerContextNoSecrets;
      /**
       * Whether to create a deployment record for this environment. Defaults to true.
       */
      deployment?: boolean | ExpressionString;
    }
  | ExpressionString;
/**
 * The name of the environment used by the job.
 */
export type JobEnvironmentName = string;
/**
 * The environment URL, which maps to `environment_url` in the deployments API.
 */
export type StringRunnerContextNoSecrets = string;
/**
 * Concurrency ensures that only a single job using the same concurrency group will run at a time. A concurrency group can be any string or expression. The expression can use any context except for the `secrets` context.
 *
 * You can also specify `concurrency` at the workflow level.
 */
export type JobConcurrency = (NonEmptyString | ConcurrencyMapping) | ExpressionString;
export type JobDefaultsRun =
  | {
      shell?: Shell;
      "working-directory"?: WorkingDirectory;
    }
  | ExpressionString;
export type StepsItem = RunStep | RegularStep | WaitStep | WaitAllStep | CancelStep | ParallelStep;
/**
 * A name for your step to display on GitHub.
 */
export type StepName = string;
/**
 * A unique identifier for the step. You can use the `id` to reference the step in contexts.
 */
export type StepId = string;
/**
 * Use the `if` conditional to prevent a step from running unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.
 */
export type StepIf = string;
/**
 * The maximum number of minutes to run the step before killing the process.
 */
export type StepTimeoutMinutes = number | ExpressionString;
/**
 * Runs command-line programs using the operating system's shell. If you do not provide a `name`, the step name will default to the text specified in the `run` command. Commands run using non-login shells by default. You can choose a different shell and customize the shell used to run commands. Each `run` keyword represents a new process and shell in the virtual environment. When you provide multi-line commands, each line runs in the same shell.
 */
export type StringStepsContext = string;
/**
 * Prevents a job from failing when a step fails. Set to `true` to allow a job to pass when this step fails.
 */
export type StepContinueOnError = boolean | ExpressionString;
/**
 * Sets variables for steps to use in the runner environment. You can also set variables for the entire workflow or a job.
 */
export type StepEnv =
  | {
      [k: string]: string | number | boolean;
    }
  | ExpressionString;
export type StringStepsContext1 = string;
/**
 * When set to true, runs this step in the background. The workflow continues to the next step immediately without waiting for the background step to finish.
 */
export type StepBackground = boolean;
/**
 * Selects an action to run as part of a step in your job. An action is a reusable unit of code. You can use an action defined in the same repository as the workflow, a public repository, a [private repository with access enabled](https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/enabling-features-for-your-repository/managing-github-actions-settings-for-a-repository#allowing-access-to-components-in-a-private-repository), or in a published Docker container image.
 */
export type StepUses = string;
/**
 * A map of the input parameters defined by the action. Each input parameter is a key/value pair. Input parameters are set as variables. When you specify an input in a workflow file or use a default input value, GitHub creates a variable for the input with the name `INPUT_<VARIABLE_NAME>`. The variable created converts input names to uppercase letters and replaces spaces with `_`.
 */
export type StepWith =
  | {
      [k: string]: string | number | boolean;
    }
  | ExpressionString;
/**
 * The step ID or IDs of background steps to wait for.
 */
export type StepWaitTarget = NonEmptyString | SequenceOfNonEmptyString;
/**
 * Wait for all prior background steps to complete. Use as a bare key (`wait-all:`) or with a boolean value.
 */
export type StepWaitAllValue = null | boolean;
/**
 * The step ID of a background step to cancel.
 */
export type StepCancelTarget = string;
/**
 * Run a group of steps concurrently. All steps in the parallel block run as background steps and the workflow waits for all of them to complete before continuing.
 */
export type ParallelSteps = StepsItem[];
/**
 * A job contains a sequence of tasks called `steps`. Steps can run commands, run setup tasks, run an action in your repository, a public repository, or an action published in a Docker registry, wait for background steps to complete, or cancel a background step. Not all steps run actions, but all actions run as a step. Each step runs in its own process in the runner environment and has access to the workspace and filesystem. Because steps run in their own process, changes to environment variables are not preserved between steps. GitHub provides built-in steps to set up and complete a job.
 */
export type Steps = StepsItem[];
/**
 * Use `snapshot` to define a custom image you want to create or update after your job succeeds by taking a snapshot of your runner.
 */
export type Snapshot = NonEmptyString | SnapshotMapping;
/**
 * The desired name of the custom image you want to create or update.
 */
export type NonEmptyString5 = string;
/**
 * Use the if conditional to prevent a snapshot from being taken unless a condition is met. Any supported context and expression can be used to create a conditional. Expressions in an `if` conditional do not require the bracketed expression syntax. When you use expressions in an `if` conditional, you may omit the expression syntax because GitHub automatically evaluates the `if` conditional as an expression.
 */
export type SnapshotIf = string;
/**
 * The desired major version updates upon a new custom image version creation.
 */
export type NonEmptyString6 = string;
/**
 * The name of the job displayed on GitHub.
 */
export type StringStrategyContext1 = string;
/**
 * The location and version of a reusable workflow file to run as a job. Use one of the following formats:
 *
 * * `{owner}/{repo}/.github/workflows/{filename}@{ref}` for reusable workflows in public and private repositories.
 * * `./.github/workflows/{filename}` for reusable workflows in the same repository.
 *
 * {ref} can be a SHA, a release tag, or a branch name. Using the commit SHA is the safest for stability and security.
 */
export type NonEmptyString7 = string;
export type ScalarNeedsContext =
  (string | (boolean | ExpressionString) | (number | ExpressionString)) | ExpressionString;
/**
 * When a job is used to call a reusable workflow, you can use `secrets` to provide a map of secrets that are passed to the called workflow.
 *
 * Any secrets that you pass must match the names defined in the called workflow.
 */
export type WorkflowJobSecrets = WorkflowJobSecretsMapping | WorkflowJobSecretsInherit;
export type ScalarNeedsContextWithSecrets =
  (string | (boolean | ExpressionString) | (number | ExpressionString)) | ExpressionString;
export type WorkflowJobSecretsInherit = "inherit";

/**
 * A GitHub Actions workflow file. Derived from the workflow-v1.0 schema of @actions/workflow-parser by scripts/workflow-schema.mjs.
 */
export interface Workflow {
  on: OnStrict;
  name?: WorkflowName;
  description?: WorkflowDescription;
  "run-name"?: RunName;
  defaults?: WorkflowDefaults;
  env?: WorkflowEnv;
  permissions?: Permissions;
  concurrency?: WorkflowConcurrency;
  jobs: Jobs;
}
/**
 * The GitHub event that triggers the workflow.  Events can be a single string, array of events, array of event types, or an event configuration map that schedules a workflow or restricts the execution of a workflow to specific files, tags, or branch changes. View a full list of [events that trigger workflows](https://docs.github.com/actions/using-workflows/events-that-trigger-workflows).
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#on)
 */
export interface OnMappingStrict {
  branch_protection_rule?: BranchProtectionRule;
  check_run?: CheckRun;
  check_suite?: CheckSuite;
  create?: Create;
  delete?: Delete;
  deployment?: Deployment;
  deployment_status?: DeploymentStatus;
  discussion?: Discussion;
  discussion_comment?: DiscussionComment;
  fork?: Fork;
  gollum?: Gollum;
  image_version?: ImageVersion;
  issue_comment?: IssueComment;
  issues?: Issues;
  label?: Label;
  merge_group?: MergeGroup;
  milestone?: Milestone;
  page_build?: PageBuild;
  project?: Project;
  project_card?: ProjectCard;
  project_column?: ProjectColumn;
  public?: Public;
  pull_request?: PullRequest;
  pull_request_comment?: PullRequestComment;
  pull_request_review?: PullRequestReview;
  pull_request_review_comment?: PullRequestReviewComment;
  pull_request_target?: PullRequestTarget;
  push?: Push;
  registry_package?: RegistryPackage;
  release?: Release;
  repository_dispatch?: RepositoryDispatch;
  schedule?: Schedule;
  status?: Status;
  watch?: Watch;
  workflow_call?: WorkflowCall;
  workflow_dispatch?: WorkflowDispatch;
  workflow_run?: WorkflowRun;
}
export interface BranchProtectionRuleMapping {
  types?: BranchProtectionRuleActivity;
}
export interface CheckRunMapping {
  types?: CheckRunActivity;
}
export interface CheckSuiteMapping {
  types?: CheckSuiteActivity;
}
export interface DiscussionMapping {
  types?: DiscussionActivity;
}
export interface DiscussionCommentMapping {
  types?: DiscussionCommentActivity;
}
export interface ImageVersionMapping {
  types?: ImageVersionActivity;
  names?: EventNames;
  versions?: EventVersions;
}
export interface IssueCommentMapping {
  types?: IssueCommentActivity;
}
export interface IssuesMapping {
  types?: IssuesActivity;
}
export interface LabelMapping {
  types?: LabelActivity;
}
export interface MergeGroupMapping {
  types?: MergeGroupActivity;
  branches?: EventBranches;
  "branches-ignore"?: EventBranchesIgnore;
}
export interface MilestoneMapping {
  types?: MilestoneActivity;
}
export interface ProjectMapping {
  types?: ProjectActivity;
}
export interface ProjectCardMapping {
  types?: ProjectCardActivity;
}
export interface ProjectColumnMapping {
  types?: ProjectColumnActivity;
}
export interface PullRequestMapping {
  types?: PullRequestActivity;
  branches?: EventBranches;
  "branches-ignore"?: EventBranchesIgnore;
  paths?: EventPaths;
  "paths-ignore"?: EventPathsIgnore;
}
export interface PullRequestReviewMapping {
  types?: PullRequestReviewActivity;
}
export interface PullRequestReviewCommentMapping {
  types?: PullRequestReviewCommentActivity;
}
export interface PullRequestTargetMapping {
  types?: PullRequestTargetActivity;
  branches?: EventBranches;
  "branches-ignore"?: EventBranchesIgnore;
  paths?: EventPaths;
  "paths-ignore"?: EventPathsIgnore;
}
export interface PushMapping {
  branches?: EventBranches;
  "branches-ignore"?: EventBranchesIgnore;
  tags?: EventTags;
  "tags-ignore"?: EventTagsIgnore;
  paths?: EventPaths;
  "paths-ignore"?: EventPathsIgnore;
}
export interface RegistryPackageMapping {
  types?: RegistryPackageActivity;
}
export interface ReleaseMapping {
  types?: ReleaseActivity;
}
export interface RepositoryDispatchMapping {
  types?: SequenceOfNonEmptyString;
}
export interface CronMapping {
  cron: CronPattern;
  timezone?: TimezoneString;
}
export interface WatchMapping {
  types?: WatchActivity;
}
export interface WorkflowCallMapping {
  inputs?: WorkflowCallInputs;
  secrets?: WorkflowCallSecrets;
  outputs?: WorkflowCallOutputs;
}
/**
 * Inputs that are passed to the called workflow from the caller workflow.
 */
export interface WorkflowCallInputs {
  [k: string]: WorkflowCallInputDefinition;
}
export interface WorkflowCallInputDefinition {
  /**
   * A string description of the input parameter.
   */
  description?: string;
  type: WorkflowCallInputType;
  /**
   * A boolean to indicate whether the action requires the input parameter. Set to `true` when the parameter is required.
   */
  required?: boolean;
  default?: WorkflowCallInputDefault;
}
/**
 * A map of the secrets that can be used in the called workflow. Within the called workflow, you can use the `secrets` context to refer to a secret.
 */
export interface WorkflowCallSecrets {
  [k: string]: WorkflowCallSecretDefinition;
}
export interface WorkflowCallSecretMappingDefinition {
  /**
   * A string description of the secret parameter.
   */
  description?: string;
  /**
   * A boolean specifying whether the secret must be supplied.
   */
  required?: boolean;
}
/**
 * A reusable workflow may generate data that you want to use in the caller workflow. To use these outputs, you must specify them as the outputs of the reusable workflow.
 */
export interface WorkflowCallOutputs {
  [k: string]: WorkflowCallOutputDefinition;
}
export interface WorkflowCallOutputDefinition {
  /**
   * A string description of the output parameter.
   */
  description?: string;
  value: WorkflowOutputContext;
}
export interface WorkflowDispatchMapping {
  inputs?: WorkflowDispatchInputs;
}
/**
 * You can configure custom-defined input properties, default input values, and required inputs for the event directly in your workflow. When you trigger the event, you can provide the `ref` and any `inputs`. When the workflow runs, you can access the input values in the `inputs` context.
 */
export interface WorkflowDispatchInputs {
  [k: string]: WorkflowDispatchInput;
}
export interface WorkflowDispatchInput {
  /**
   * A string description of the input parameter.
   */
  description?: string;
  type?: WorkflowDispatchInputType;
  /**
   * A boolean to indicate whether the workflow requires the input parameter. Set to true when the parameter is required.
   */
  required?: boolean;
  default?: WorkflowDispatchInputDefault;
  options?: SequenceOfString;
}
export interface WorkflowRunMapping {
  types?: WorkflowRunActivity;
  workflows?: WorkflowRunWorkflows;
  branches?: EventBranches;
  "branches-ignore"?: EventBranchesIgnore;
}
/**
 * Use `defaults` to create a map of default settings that will apply to all jobs in the workflow. You can also set default settings that are only available to a job.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#defaults)
 */
export interface WorkflowDefaults {
  run?: WorkflowDefaultsRun;
}
export interface WorkflowDefaultsRun {
  shell?: Shell;
  "working-directory"?: WorkingDirectory;
}
export interface PermissionsMapping {
  actions?: PermissionLevelAny;
  "artifact-metadata"?: PermissionLevelAny1;
  attestations?: PermissionLevelAny2;
  checks?: PermissionLevelAny3;
  "code-quality"?: PermissionLevelAny4;
  contents?: PermissionLevelAny5;
  "copilot-requests"?: PermissionLevelWriteOrNoAccess;
  deployments?: PermissionLevelAny6;
  discussions?: PermissionLevelAny7;
  drives?: PermissionLevelAny8;
  "id-token"?: PermissionLevelWriteOrNoAccess1;
  issues?: PermissionLevelAny9;
  models?: PermissionLevelReadOrNoAccess;
  packages?: PermissionLevelAny10;
  pages?: PermissionLevelAny11;
  "pull-requests"?: PermissionLevelAny12;
  "repository-projects"?: PermissionLevelAny13;
  "security-events"?: PermissionLevelAny14;
  statuses?: PermissionLevelAny15;
  "vulnerability-alerts"?: PermissionLevelReadOrNoAccess1;
}
/**
 * A workflow run is made up of one or more `jobs`, which run in parallel by default. To run jobs sequentially, you can define dependencies on other jobs using the `jobs.<job_id>.needs` keyword. Each job runs in a runner environment specified by `runs-on`.
 *
 * [Documentation](https://docs.github.com/actions/using-workflows/workflow-syntax-for-github-actions#jobs)
 */
export interface Jobs {
  [k: string]: Job;
}
export interface JobFactory {
  needs?: Needs;
  if?: JobIf;
  strategy?: Strategy;
  name?: StringStrategyContext;
  "runs-on": RunsOn;
  "timeout-minutes"?: NumberStrategyContext;
  "cancel-timeout-minutes"?: NumberStrategyContext1;
  "continue-on-error"?: BooleanStrategyContext;
  container?: Container;
  services?: Services;
  env?: JobEnv;
  environment?: JobEnvironment;
  permissions?: Permissions;
  concurrency?: JobConcurrency;
  outputs?: JobOutputs;
  defaults?: JobDefaults;
  steps?: Steps;
  snapshot?: Snapshot;
}
/**
 * A map of outputs for a called workflow. Called workflow outputs are available to all downstream jobs in the caller workflow. Each output has an identifier, an optional `description,` and a `value`. The `value` must be set to the value of an output from a job within the called workflow.
 */
export interface JobOutputs {
  [k: string]: StringRunnerContext;
}
/**
 * A map of default settings that will apply to all steps in the job. You can also set default settings for the entire workflow.
 */
export interface JobDefaults {
  run?: JobDefaultsRun;
}
export interface RunStep {
  name?: StepName;
  id?: StepId;
  if?: StepIf;
  "timeout-minutes"?: StepTimeoutMinutes;
  run: StringStepsContext;
  "continue-on-error"?: StepContinueOnError;
  env?: StepEnv;
  "working-directory"?: StringStepsContext1;
  shell?: Shell;
  background?: StepBackground;
}
export interface RegularStep {
  name?: StepName;
  id?: StepId;
  if?: StepIf;
  "continue-on-error"?: StepContinueOnError;
  "timeout-minutes"?: StepTimeoutMinutes;
  uses: StepUses;
  with?: StepWith;
  env?: StepEnv;
  background?: StepBackground;
}
export interface WaitStep {
  name?: StepName;
  id?: StepId;
  "continue-on-error"?: StepContinueOnError;
  wait: StepWaitTarget;
}
export interface WaitAllStep {
  name?: StepName;
  id?: StepId;
  "continue-on-error"?: StepContinueOnError;
  "wait-all": StepWaitAllValue;
}
export interface CancelStep {
  name?: StepName;
  id?: StepId;
  "continue-on-error"?: StepContinueOnError;
  cancel: StepCancelTarget;
}
export interface ParallelStep {
  parallel: ParallelSteps;
}
export interface SnapshotMapping {
  "image-name": NonEmptyString5;
  if?: SnapshotIf;
  version?: NonEmptyString6;
}
export interface WorkflowJob {
  name?: StringStrategyContext1;
  uses: NonEmptyString7;
  with?: WorkflowJobWith;
  secrets?: WorkflowJobSecrets;
  needs?: Needs;
  if?: JobIf;
  permissions?: Permissions;
  concurrency?: JobConcurrency;
  strategy?: Strategy;
}
/**
 * When a job is used to call a reusable workflow, you can use `with` to provide a map of inputs that are passed to the called workflow.
 *
 * Any inputs that you pass must match the input specifications defined in the called workflow.
 */
export interface WorkflowJobWith {
  [k: string]: ScalarNeedsContext;
}
export interface WorkflowJobSecretsMapping {
  [k: string]: ScalarNeedsContextWithSecrets;
}
