package com.erefiber.vicvil.cli;

import com.erefiber.vicvil.core.JobRunner;
import com.erefiber.vicvil.domain.Job;
import com.erefiber.vicvil.onus.RenameOnusJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code vicvil rename-onus}: names each inventory ONU in UISP NMS, authorizes it into its unit's endpoint site
 * (created when missing) and binds the unit's CRM service to that site. There is no {@code --force}: the only
 * refusal is a name, serial or MAC claimed twice, which only a fixed inventory or template can resolve.
 */
@Command(
        name = "rename-onus",
        mixinStandardHelpOptions = true,
        description = {
            "Name every inventory ONU in UISP NMS (onu_name, else uisp.onu_name_template), make sure its unit's "
                    + "endpoint site exists under uisp.parent_site_id, authorize the ONU into it, and bind the unit's "
                    + "CRM service to the site.",
            "Safe from cron: ONUs are installed over time, and a run with nothing new writes nothing. Reports rows "
                    + "without serial (not installed), ONUs not found in NMS and ONUs no row claims."
        })
final class RenameOnusCommand implements Callable<Integer> {
    @ParentCommand
    private VicvilCommand root;

    @Mixin
    private PlanOptions plan;

    @Mixin
    private LockOptions lock;

    @Override
    public Integer call() {
        return new JobRunner(root.context(), lock.waitSeconds)
                .run(Job.RENAME_ONUS.label(), plan.dryRun, RenameOnusJob.READS, run -> new RenameOnusJob()
                        .run(run, plan.json));
    }
}
