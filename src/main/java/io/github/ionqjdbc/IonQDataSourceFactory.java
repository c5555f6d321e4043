package io.github.ionqjdbc;

import java.util.Enumeration;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.RefAddr;
import javax.naming.Reference;
import javax.naming.spi.ObjectFactory;

/**
 * Builds an {@link IonQDataSource} back from the {@link Reference} it gave JNDI: how a Jakarta
 * EE server or a servlet container's {@code <Resource factory="...">} makes one from its
 * configuration (each attribute named as the connection property it sets).
 */
public class IonQDataSourceFactory implements ObjectFactory {
  @Override public Object getObjectInstance(Object obj, Name name, Context nameCtx,
      Hashtable<?, ?> environment) {
    if (!(obj instanceof Reference ref)
        || !IonQDataSource.class.getName().equals(ref.getClassName())) {
      return null; // not ours: JNDI asks the next factory
    }
    IonQDataSource ds = new IonQDataSource();
    Enumeration<RefAddr> all = ref.getAll();
    while (all.hasMoreElements()) {
      RefAddr address = all.nextElement();
      if (address.getContent() != null) {
        ds.setProperty(address.getType(), address.getContent().toString());
      }
    }
    return ds;
  }
}
