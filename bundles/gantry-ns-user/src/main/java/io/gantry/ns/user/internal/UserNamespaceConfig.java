package io.gantry.ns.user.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Gantry user namespace",
        description = "The host id range that container ids 0.. are mapped to when a container runs with --userns")
public @interface UserNamespaceConfig {
    @AttributeDefinition(description = "First host uid and gid; container root becomes this id on the host")
    long remap_uid_base() default 100000;

    @AttributeDefinition(description = "How many consecutive ids are mapped")
    long remap_size() default 65536;
}
