package com.erefiber.vicvil.core.world;

import com.erefiber.vicvil.domain.Notice;
import com.erefiber.vicvil.domain.UnitIndex;
import com.erefiber.vicvil.domain.UnitKey;
import com.erefiber.vicvil.uisp.nms.model.Site;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which existing endpoint site is each unit's (one rule for rename-onus and sync-leases, so neither makes a
 * site the other would not recognise): a site named exactly {@link #siteName}, else the one
 * site whose name names the unit (a site made by hand, e.g. "300 S Harper Apt 4").
 */
public final class EndpointSites {
    private EndpointSites() {}

    /**
     * The name of a unit's endpoint site: its canonical text, {@code 300 S Harper #4} — readable in UISP and
     * the same as vicvil's tag value. Existing sites are also recognised by slug or by a hand-written address.
     */
    public static String siteName(UnitKey unit) {
        return unit.toString();
    }

    /** The named sites directly under the complex's parent site, as the planners take them. */
    public static List<NmsSite> under(String parentSiteId, List<Site> sites) {
        return sites.stream()
                .filter(site -> site.parentId().filter(parentSiteId::equals).isPresent())
                .filter(site ->
                        site.identification() != null && site.identification().name() != null)
                .map(site -> new NmsSite(site.id(), site.identification().name()))
                .toList();
    }

    /**
     * The units that have a site: present with the site, or present and empty when several sites name the unit
     * (reported; nothing may be created for it then). A unit with no site at all is absent.
     */
    public static Map<UnitKey, Optional<NmsSite>> byUnit(
            List<NmsSite> sites, Collection<UnitKey> units, UnitIndex index, List<Notice> notices) {
        Map<UnitKey, List<NmsSite>> exact = new HashMap<>();
        Map<UnitKey, List<NmsSite>> loose = new HashMap<>();
        for (NmsSite site : sites) {
            index.find(site.name()).ifPresent(unit -> (site.name().equalsIgnoreCase(siteName(unit)) ? exact : loose)
                    .computeIfAbsent(unit, key -> new ArrayList<>())
                    .add(site));
        }
        Map<UnitKey, Optional<NmsSite>> found = new LinkedHashMap<>();
        for (UnitKey unit : units) {
            List<NmsSite> candidates = exact.getOrDefault(unit, loose.getOrDefault(unit, List.of()));
            if (candidates.size() == 1) {
                found.put(unit, Optional.of(candidates.get(0)));
            } else if (candidates.size() > 1) {
                notices.add(Notice.data(
                        unit,
                        "several endpoint sites name the unit ("
                                + candidates.stream().map(NmsSite::id).collect(Collectors.joining(", "))
                                + "); none used"));
                found.put(unit, Optional.empty());
            }
        }
        return found;
    }
}
