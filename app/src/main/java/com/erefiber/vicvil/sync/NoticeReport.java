package com.erefiber.vicvil.sync;

import com.erefiber.vicvil.app.Console;
import com.erefiber.vicvil.domain.Notice;
import java.util.List;

/** Tells the operator a plan's notices: those that need attention always (they make the run exit 1), the rest as info. */
final class NoticeReport {
    private NoticeReport() {}

    static void print(List<Notice> notices, Console console) {
        for (Notice notice : notices) {
            if (notice.needsAttention()) {
                console.attention(notice.toString());
            } else {
                console.info(notice.toString());
            }
        }
    }
}
