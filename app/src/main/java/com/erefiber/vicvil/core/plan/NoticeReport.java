package com.erefiber.vicvil.core.plan;

import com.erefiber.vicvil.core.Console;
import com.erefiber.vicvil.domain.Notice;
import java.util.List;

/** Tells the operator a plan's notices: those that need attention always (they make the run exit 1), the rest as info. */
public final class NoticeReport {
    private NoticeReport() {}

    public static void print(List<Notice> notices, Console console) {
        for (Notice notice : notices) {
            if (notice.needsAttention()) {
                console.attention(notice.toString());
            } else {
                console.info(notice.toString());
            }
        }
    }
}
